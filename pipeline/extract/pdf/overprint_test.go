package pdf

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A run drawn three times a fraction of a point apart (fake bold) reads
// once; letters that really repeat ("ll", "ee") stay.
func TestFakeBoldReadsOnce(t *testing.T) {
	title := "Annual report of the safeguarding board"
	content := "BT /F1 18 Tf 72 700 Td (" + title + ") Tj ET\n" +
		"BT /F1 18 Tf 72.3 700 Td (" + title + ") Tj ET\n" +
		"BT /F1 18 Tf 72.6 700.2 Td (" + title + ") Tj ET\n" +
		textAt(72, 650, "All three committees agreed, and the free meeting room was booked.")
	doc := extractBytes(t, textPDF("", content))
	if len(doc.Blocks) != 2 || doc.Blocks[0].PlainText() != title ||
		doc.Blocks[1].PlainText() != "All three committees agreed, and the free meeting room was booked." {
		t.Errorf("got\n%s", model.Dump(doc))
	}
}
