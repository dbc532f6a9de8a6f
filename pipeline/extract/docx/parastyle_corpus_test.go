package docx

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestCorpusParaStyles lists, for the shared corpus's real DOCX files
// (never used to write the style names, so a fair check), the paragraphs
// their own styles make quotations, captions or indented text, for a
// person to judge with -v; it fails only if a styled paragraph is empty,
// which would mean a style was given to nothing.
func TestCorpusParaStyles(t *testing.T) {
	dir := testutil.CorpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "submissions", "*.docx"))
	counts := map[model.ParaStyle]int{}
	paras := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
		if err != nil {
			continue // the corpus's refused files
		}
		for _, b := range doc.Blocks {
			p, ok := b.(*model.Paragraph)
			if !ok {
				continue
			}
			paras++
			if p.Style == "" {
				continue
			}
			counts[p.Style]++
			t.Logf("%s  %s: %.70q", p.Style, filepath.Base(f), p.Text)
			if p.Text == "" && len(p.Spans) == 0 {
				t.Errorf("%s: an empty paragraph styled %s", filepath.Base(f), p.Style)
			}
		}
	}
	t.Logf("%d DOCX files, %d paragraphs: %d quotations, %d captions, %d indented", len(files), paras,
		counts[model.StyleQuote], counts[model.StyleCaption], counts[model.StyleIndented])
}
