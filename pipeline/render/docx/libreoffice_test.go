package docx

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/docxtext"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

func pdfText(t *testing.T, docx []byte) string {
	t.Helper()
	text, err := docxtext.PDFText(docx, t.TempDir())
	if errors.Is(err, docxtext.ErrNoTools) {
		t.Skipf("skipping the LibreOffice check: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// TestLibreOfficeOpensTheDraft checks the draft opens in LibreOffice and
// shows every agency heading and a sample of blocks, in order.
func TestLibreOfficeOpensTheDraft(t *testing.T) {
	r := fixture.Small()
	r.Statements = append(r.Statements, fixture.Synthetic(3).Statements...)
	for i, s := range r.Statements {
		s.Number = fmt.Sprintf("7.%d", i+1)
	}
	var buf strings.Builder
	if err := New(Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, []byte(buf.String()))
	var want []string
	for _, s := range r.Statements {
		want = append(want, s.Number+" "+s.Agency)
		for i, p := range s.Placements {
			if i%4 == 2 && p.Section != model.SectionUnmapped && !p.IsHeading() {
				if _, table := p.Block.(*model.Table); !table {
					want = append(want, p.Block.PlainText())
				}
			}
		}
	}
	if miss := docxtext.InOrder(text, want); miss != "" {
		t.Fatalf("%q not found in the PDF after the text before it", miss)
	}
	t.Logf("%d headings and blocks found in order", len(want))
}
