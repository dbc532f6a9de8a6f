package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// twoLines draws two lines of one paragraph with text matrix [a b c d] at
// (x, y), the second line 14 points further down the text's own up axis.
func twoLines(a, b, c, d, x, y float64) string {
	return fmt.Sprintf("BT /F1 12 Tf %g %g %g %g %g %g Tm (The board met four times during the year and) Tj "+
		"%g %g %g %g %g %g Tm (agreed a new escalation policy for all teams.) Tj ET\n",
		a, b, c, d, x, y, a, b, c, d, x-14*c, y-14*d)
}

// Text drawn rotated or mirrored through the text matrix reads as its
// words, not as a column of single letters.
func TestRotatedAndMirroredText(t *testing.T) {
	want := "The board met four times during the year and agreed a new escalation policy for all teams."
	cases := map[string]string{
		"upright":    twoLines(1, 0, 0, 1, 72, 700),
		"90 degrees": twoLines(0, 1, -1, 0, 300, 100),
		"180":        twoLines(-1, 0, 0, -1, 540, 300),
		"270":        twoLines(0, -1, 1, 0, 300, 700),
		"mirrored":   twoLines(-1, 0, 0, 1, 540, 700),
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			doc := extractBytes(t, textPDF("", content))
			if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != want {
				t.Errorf("got\n%s", model.Dump(doc))
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("warnings %q", doc.Warnings)
			}
		})
	}
}

// A label running up the margin of an upright page keeps its words, and
// the body around it is not cut into pieces by it.
func TestRotatedMarginLabel(t *testing.T) {
	body := ""
	for i, s := range []string{
		"Partners attended every meeting of the board this year.",
		"Audits of case files found good practice in most teams.",
		"The board will review its training offer next spring.",
	} {
		body += textAt(72, 700-30*i, s)
	}
	label := "BT /F1 10 Tf 0 1 -1 0 40 400 Tm (Draft for the partnership board) Tj ET\n"
	doc := extractBytes(t, textPDF("", body+label))
	got := model.Dump(doc)
	for _, s := range []string{"Partners attended every meeting of the board this year.",
		"Audits of case files found good practice in most teams.", "Draft for the partnership board"} {
		if !strings.Contains(got, s) {
			t.Errorf("missing %q in\n%s", s, got)
		}
	}
	if !strings.HasPrefix(doc.Blocks[0].PlainText(), "Partners attended") {
		t.Errorf("the body should come first, got\n%s", got)
	}
}
