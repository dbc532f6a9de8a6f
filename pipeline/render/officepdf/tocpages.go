package officepdf

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// leaderLine is a contents line as pdftotext gives it: the heading, a row
// of dots and the page number at the end.
var leaderLine = lazy.Re(`^(.*?)\s*\.{3,}\s*(\d+)\s*$`)

// tocPages finds the page of each contents line in the text of the PDF's
// first pages: the lines ending in a dot leader and a number, a heading
// that wraps joined with the line before its leader. The lines are
// matched to contents in order; when they do not match one for one, no
// numbers are given (nil), rather than wrong ones.
func tocPages(lines, contents []string) []int {
	var found []struct {
		text string
		page int
	}
	var pending []string
	for _, l := range lines {
		l = strings.TrimSpace(strings.ReplaceAll(l, "\f", ""))
		m := leaderLine.Get().FindStringSubmatch(l)
		if m == nil {
			if len(found) > 0 && l != "" && len(pending) < 3 {
				pending = append(pending, l)
			} else {
				pending = nil
			}
			continue
		}
		n, _ := strconv.Atoi(m[2])
		text := squash(strings.Join(append(pending, m[1]), " "))
		found = append(found, struct {
			text string
			page int
		}{text, n})
		pending = nil
		if len(found) == len(contents) {
			break
		}
	}
	if len(found) != len(contents) {
		return nil
	}
	out := make([]int, len(contents))
	for i, c := range contents {
		if !strings.HasSuffix(found[i].text, squash(c)) && !strings.HasSuffix(squash(c), found[i].text) {
			return nil
		}
		out[i] = found[i].page
	}
	return out
}

// squash folds every run of white space into one space, as pdftotext's
// lines and the contents' lines are compared.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
