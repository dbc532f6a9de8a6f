package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestQualityPassesReferenceTexts runs the check over the reference texts
// of ../shared/peers (what pdftotext and pandoc read from public test
// files): text that reads well must not be warned about or refused. The
// thresholds are only worth something while this holds.
func TestQualityPassesReferenceTexts(t *testing.T) {
	refs, _ := filepath.Glob(filepath.Join(filepath.Dir(testutil.RepoRoot(t)), "shared", "peers", "refs", "*.txt"))
	if len(refs) == 0 {
		t.Skip("../shared/peers is not here")
	}
	for _, ref := range refs {
		if strings.HasSuffix(ref, ".layout.txt") {
			continue
		}
		data, err := os.ReadFile(ref)
		if err != nil {
			t.Fatal(err)
		}
		f := model.FormatDOCX
		if strings.HasSuffix(ref, ".pdf.txt") {
			f = model.FormatPDF
		}
		doc := refDocument(string(data), f)
		if err := CheckQuality(doc, f); err != nil || len(doc.Warnings) > 0 {
			t.Errorf("%s: %v %q", filepath.Base(ref), err, doc.Warnings)
		}
	}
}

// refDocument makes a Document of a reference text: a paragraph per page
// (form feeds) for a PDF, per blank-line-separated paragraph otherwise.
func refDocument(text string, f model.Format) *model.Document {
	doc := &model.Document{}
	if f == model.FormatPDF {
		for i, pg := range strings.Split(text, "\f") {
			doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: i, Page: i + 1}, Text: pg})
		}
		return doc
	}
	for i, para := range strings.Split(text, "\n\n") {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: i}, Text: para})
	}
	return doc
}
