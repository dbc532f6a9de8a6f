package pdf

import (
	"strings"
	"testing"
)

// A hyphen at a line end is the PDF's text and stays; only a soft hyphen
// (U+00AD, or the soft-hyphen code 0xAD of a Latin font) goes.
func TestJoinLinesKeepsHyphens(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"the multi-", "agency hub", "the multi-agency hub"},
		{"in 2016-", "17 we", "in 2016-17 we"},
		{"safe\u00ad", "guarding", "safeguarding"},
		{"Northgate \u2013", "and", "Northgate \u2013 and"},
		{"a list -", "and more", "a list - and more"},
		{"ends.", "Next", "ends. Next"},
	}
	for _, c := range cases {
		if got := joinLines(c.a, c.b); got != c.want {
			t.Errorf("joinLines(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// TestLineEndHyphensInAPDF reads a paragraph wrapped three times: after a
// compound's hyphen, after the soft-hyphen code of Helvetica's WinAnsi
// encoding, and after a figure's hyphen.
func TestLineEndHyphensInAPDF(t *testing.T) {
	content := textAt(72, 700, "Riverside agreed a new multi-") +
		textAt(72, 686, "agency plan for the safe\\255") +
		textAt(72, 672, "guarding of children in 2016-") +
		textAt(72, 658, "17 with Northgate.")
	doc := extractBytes(t, textPDF("", content))
	var all []string
	for _, b := range doc.Blocks {
		all = append(all, b.PlainText())
	}
	want := "Riverside agreed a new multi-agency plan for the safeguarding of children in 2016-17 with Northgate."
	if got := strings.Join(all, "\n"); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
