package pdf

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Text in a FreeText comment's appearance and a filled-in text field is
// read where it stands; a hidden comment and a check box are not.
func TestAnnotationText(t *testing.T) {
	ap := func(text string) string {
		return streamObject("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 3 0 R >> >>",
			[]byte("BT /F1 12 Tf 2 5 Td ("+text+") Tj ET"))
	}
	data := handPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R "+
			"/Annots [6 0 R 7 0 R 9 0 R 10 0 R] >>",
		stream(textAt(72, 700, "Name of the agency:")),
		"<< /Type /Annot /Subtype /FreeText /Rect [72 600 272 620] /AP << /N 8 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /FT /Tx /Rect [200 696 400 712] /V (Riverside Community Trust) /AP << /N 11 0 R >> >>",
		ap("A comment typed on the page."),
		"<< /Type /Annot /Subtype /FreeText /F 2 /Rect [72 500 272 520] /AP << /N 12 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /FT /Btn /Rect [72 450 84 462] /AP << /N 13 0 R >> >>",
		streamObject("/Type /XObject /Subtype /Form /BBox [0 0 200 16]", []byte("/Tx BMC EMC")),
		ap("A hidden comment."),
		ap("4"))
	doc := extractBytes(t, data)
	got := model.Dump(doc)
	for _, s := range []string{"Name of the agency: Riverside Community Trust", "A comment typed on the page."} {
		if !strings.Contains(got, s) {
			t.Errorf("missing %q in\n%s", s, got)
		}
	}
	if strings.Contains(got, "hidden") || len(doc.Blocks) != 2 {
		t.Errorf("want two blocks and no hidden text or check mark, got\n%s", got)
	}
}
