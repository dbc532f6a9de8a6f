package pdf

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A page listed twice in /Kids, or a /Kids entry pointing back at the tree
// itself, must give each page's text once: read again and again, its lines
// would be dropped as a running header and the text lost.
func TestEveryPageIsReadOnce(t *testing.T) {
	one := textAt(72, 700, "The review found the referral pathway clear to staff.")
	two := textAt(72, 700, "Training numbers rose in every team during the year.")
	cases := map[string]string{
		"page listed twice": "[4 0 R 6 0 R 4 0 R 6 0 R 4 0 R]",
		"kids point back":   "[4 0 R 2 0 R 6 0 R 2 0 R]",
	}
	for name, kids := range cases {
		t.Run(name, func(t *testing.T) {
			doc := extractBytes(t, textPDF(kids, one, two))
			got := model.Dump(doc)
			if len(doc.Blocks) != 2 || strings.Count(got, "referral pathway") != 1 || strings.Count(got, "Training numbers") != 1 {
				t.Errorf("want each page's text once, got\n%s", got)
			}
			if doc.Blocks[1].Pos().Page != 2 {
				t.Errorf("second block on page %d, want 2", doc.Blocks[1].Pos().Page)
			}
		})
	}
}

// A page over the glyph limit is cut, and the Document says so.
func TestGlyphCapIsAWarning(t *testing.T) {
	long := strings.Repeat("Safeguarding ", maxGlyphsPerPage/12+10)
	doc := extractBytes(t, textPDF("", textAt(72, 700, long)))
	want := "page 1 holds more than 200000 characters, so only the first 200000 were read"
	if len(doc.Warnings) == 0 || !strings.HasPrefix(doc.Warnings[0], want) {
		t.Errorf("warnings %q, want one starting %q", doc.Warnings, want)
	}
}
