package update

import (
	"strings"
	"unicode"
)

// opKind says what a diff op does to the old text.
type opKind int

const (
	opEqual opKind = iota
	opDelete
	opInsert
)

type op struct {
	kind opKind
	text string
}

// maxCells bounds the word diff's table; a paragraph longer than that is
// shown as one deletion and one insertion instead of word by word.
const maxCells = 4 << 20

// diffWords compares two texts word by word (a word being a run of
// non-space characters, the spaces between words tokens of their own), so
// a corrected figure comes out as one deletion and one insertion.
func diffWords(old, new string) []op {
	a, b := tokens(old), tokens(new)
	if len(a)*len(b) > maxCells {
		return compact([]op{{opDelete, old}, {opInsert, new}})
	}
	// lcs[i][j] is the longest common subsequence of a[i:] and b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{opEqual, a[i]})
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, op{opInsert, b[j]})
			j++
		default:
			ops = append(ops, op{opDelete, a[i]})
			i++
		}
	}
	return compact(ops)
}

// compact joins neighbouring ops of one kind, puts a change's deletion
// before its insertion, and drops empty ops.
func compact(ops []op) []op {
	var out []op
	for _, o := range ops {
		if o.text == "" {
			continue
		}
		n := len(out)
		switch {
		case n > 0 && out[n-1].kind == o.kind:
			out[n-1].text += o.text
		case n > 0 && o.kind == opDelete && out[n-1].kind == opInsert:
			if n > 1 && out[n-2].kind == opDelete {
				out[n-2].text += o.text
			} else {
				out = append(out[:n-1], o, out[n-1])
			}
		default:
			out = append(out, o)
		}
	}
	return out
}

// tokens splits s into words, the spaces between them and the punctuation
// that ends a word ("policy." is "policy" and "."), so a sentence the agency
// continues shows as an insertion, not as its last word replaced; figures
// such as "1,200" stay one token. Joined, the tokens give s back exactly.
func tokens(s string) []string {
	var out []string
	start := 0
	space := false
	word := func(w string) {
		cut := len(strings.TrimRight(w, ".,;:!?)"))
		if cut > 0 && cut < len(w) {
			out = append(out, w[:cut], w[cut:])
			return
		}
		out = append(out, w)
	}
	emit := func(end int) {
		if space {
			out = append(out, s[start:end])
		} else {
			word(s[start:end])
		}
	}
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if i > 0 && sp != space {
			emit(i)
			start = i
		}
		space = sp
	}
	if start < len(s) {
		emit(len(s))
	}
	return out
}

// similar reports whether two paragraphs share enough words to be one
// paragraph changed rather than one removed and another added: half the
// words of the shorter one, so a paragraph the agency added a sentence to
// is still the same paragraph.
func similar(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	seen := map[string]int{}
	for _, w := range wa {
		seen[w]++
	}
	common := 0
	for _, w := range wb {
		if seen[w] > 0 {
			seen[w]--
			common++
		}
	}
	return 2*common >= min(len(wa), len(wb))
}

// words are a text's words in lower case without the punctuation around
// them, for comparing two paragraphs.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			out = append(out, w)
		}
	}
	return out
}
