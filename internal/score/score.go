package score

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

var wordRE = lazy.Re(`[A-Za-z0-9£%]+(?:['’][A-Za-z]+)?`)

// Words splits text into the scorer's lower-case words.
func Words(text string) []string {
	ws := wordRE.Get().FindAllString(text, -1)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	}
	return ws
}

// Out is one output block as the scorer sees it.
type Out struct {
	Text    string
	Section string
	Heading bool // headings are not scored
}

// Score returns the coverage and accuracy of out against the truth's blocks.
// Matching is a longest common subsequence of words, which is at least as
// generous as difflib's matching blocks and never credits a word twice.
func Score(t Truth, out []Out) (coverage, accuracy float64) {
	var tw []string
	var ok []map[string]bool
	for _, b := range t.Blocks {
		labels := map[string]bool{b.Label: true}
		for _, a := range b.AltLabels {
			labels[a] = true
		}
		for _, w := range Words(b.Text) {
			tw = append(tw, w)
			ok = append(ok, labels)
		}
	}
	if len(tw) == 0 {
		return 1, 1
	}
	var ow, ol []string
	for _, b := range out {
		if b.Heading {
			continue
		}
		for _, w := range Words(b.Text) {
			ow = append(ow, w)
			ol = append(ol, b.Section)
		}
	}
	found, right := 0, 0
	for _, m := range lcs(tw, ow) {
		found++
		if ok[m[0]][ol[m[1]]] {
			right++
		}
	}
	return float64(found) / float64(len(tw)), float64(right) / float64(len(tw))
}

// lcs returns the index pairs of a longest common subsequence of a and b.
func lcs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	// dp over suffixes: dp[i][j] = LCS length of a[i:], b[j:], in one slice.
	w := m + 1
	dp := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				dp[i*w+j] = dp[(i+1)*w+j+1] + 1
			case dp[(i+1)*w+j] >= dp[i*w+j+1]:
				dp[i*w+j] = dp[(i+1)*w+j]
			default:
				dp[i*w+j] = dp[i*w+j+1]
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case dp[(i+1)*w+j] >= dp[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// Common is the length of the longest common subsequence of a and b (words
// of a found in order in b), in memory linear in len(b).
func Common(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
