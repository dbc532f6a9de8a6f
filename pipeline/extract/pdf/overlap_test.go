package pdf

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A small caption drawn across a large title, on nearly one baseline and
// between the title's two runs, reads as two lines, not interleaved
// letters ("DAranft nual").
func TestOverlappingRunsReadApart(t *testing.T) {
	content := "BT /F1 60 Tf 72 600 Td (Annual) Tj ET\n" +
		"BT /F1 12 Tf 74 582 Td (Draft copy) Tj ET\n" +
		"BT /F1 60 Tf 290 600 Td (Report) Tj ET\n" +
		"BT /F1 12 Tf 140 582 Td (for the board) Tj ET\n"
	doc := extractBytes(t, textPDF("", content))
	if len(doc.Blocks) != 2 || doc.Blocks[0].PlainText() != "Annual Report" || doc.Blocks[1].PlainText() != "Draft copy for the board" {
		t.Errorf("got\n%s", model.Dump(doc))
	}
}
