package docx

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestChapterOwnStyles: a pandoc DOCX whose headings and quotations are in
// the board's own named styles reads as headings at their level (by the
// basedOn chain, or by the outline level alone) and as quotations (pandoc's
// Block Text, a custom style based on Quote) and a caption, every word
// kept.
func TestChapterOwnStyles(t *testing.T) {
	got := extractDump(t, testutil.StyledChapterDOCX(t))
	for _, want := range []string{
		`heading level=1 "What happened first"`,
		`heading level=2 "The first weeks"`,
		`paragraph style=quote "Robin said the family worker listened and came back when she said she would."`,
		`paragraph style=quote "Every partner saw Robin, not only the lateness."`,
		`paragraph style=caption "Contacts by service in the fictional year"`,
		`paragraph "The early help assessment was opened with the carer’s agreement."`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the chapter lacks %s:\n%s", want, got)
		}
	}
}
