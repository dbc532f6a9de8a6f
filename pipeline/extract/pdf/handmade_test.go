package pdf

import (
	"context"
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// handPDF assembles a PDF from object bodies: objs[i] becomes object i+1,
// and object 1 must be the catalog. The cross-reference table is computed,
// so the file opens without repair, as a real producer's would.
func handPDF(objs ...string) []byte { return pdfobj.File(objs...) }

// stream is a content stream object's body.
func stream(content string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

// textPDF makes a PDF with one page per content stream, in Helvetica
// (a standard font, WinAnsi encoded) as /F1. kids, when set, replaces the
// page tree's /Kids array; pages are objects 4, 6, 8, ... in order.
func textPDF(kids string, contents ...string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	var refs string
	for i, c := range contents {
		page, content := 4+2*i, 5+2*i
		refs += fmt.Sprintf("%d 0 R ", page)
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "+
			"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", content), stream(c))
	}
	if kids == "" {
		kids = "[" + refs + "]"
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids %s /Count %d >>", kids, len(contents))
	return handPDF(objs...)
}

// textAt draws text at (x, y) in 12 pt Helvetica.
func textAt(x, y int, text string) string {
	return fmt.Sprintf("BT /F1 12 Tf %d %d Td (%s) Tj ET\n", x, y, text)
}

// extractBytes reads data with the default limits or fails the test.
func extractBytes(t *testing.T, data []byte) *model.Document {
	t.Helper()
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return doc
}
