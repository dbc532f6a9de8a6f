package docx

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// minCoverage is the share of truth words, in order, a DOCX extraction must hold.
const minCoverage = 0.995

// docxTruths returns the corpus truth files of DOCX submissions.
func docxTruths(t testing.TB, dir string) []score.Truth {
	t.Helper()
	all, err := score.LoadTruth(dir)
	if err != nil {
		t.Fatal(err)
	}
	return score.OfFormat(all, "docx")
}

// TestCorpusCoverage checks every DOCX of the shared corpus that should be
// extracted holds the truth's words in order, and that the bad ones are
// refused with the right cause.
func TestCorpusCoverage(t *testing.T) {
	dir := testutil.CorpusDir(t)
	truths := docxTruths(t, dir)
	if len(truths) == 0 {
		t.Fatal("no docx truth files in the corpus")
	}
	ex := New(extract.DefaultLimits)
	for _, tf := range truths {
		data, err := os.ReadFile(filepath.Join(dir, "submissions", tf.File))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), data)
		switch tf.Expected {
		case "extract":
			if err != nil {
				t.Errorf("%s: %v", tf.File, err)
				continue
			}
			cov := coverage(tf, doc)
			t.Logf("coverage %.4f  %s", cov, tf.File)
			if cov < minCoverage {
				t.Errorf("%s: coverage %.4f below %.3f", tf.File, cov, minCoverage)
			}
			checkBlocks(t, tf, doc)
		case "reject":
			if !errors.Is(err, model.ErrEmpty) && !errors.Is(err, model.ErrCorrupt) {
				t.Errorf("%s: err %v, want ErrEmpty or ErrCorrupt", tf.File, err)
			}
		}
	}
}

// coverage scores every block of doc as content (the extractor does not
// decide titles or sections), so only word coverage is meaningful here.
func coverage(tf score.Truth, doc *model.Document) float64 {
	var out []score.Out
	for _, b := range doc.Blocks {
		out = append(out, score.Out{Text: b.PlainText()})
	}
	cov, _ := score.Score(tf, out)
	return cov
}

// checkBlocks compares block by block: the truth's blocks (headings and the
// title excluded) must be the extraction's non-heading blocks, with the same
// kind, list order, text (whitespace folded) and table rows, empty cells kept.
func checkBlocks(t *testing.T, tf score.Truth, doc *model.Document) {
	t.Helper()
	var got []model.Block
	for _, b := range doc.Blocks {
		if b.Kind() != model.KindHeading {
			got = append(got, b)
		}
	}
	if len(got) != len(tf.Blocks) {
		t.Errorf("%s: %d content blocks, truth has %d", tf.File, len(got), len(tf.Blocks))
		return
	}
	kinds := map[string]model.Kind{"paragraph": model.KindParagraph, "bullet": model.KindListItem, "table": model.KindTable}
	for i, want := range tf.Blocks {
		b := got[i]
		fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		if b.Kind() != kinds[want.Kind] || fold(b.PlainText()) != fold(want.Text) {
			t.Errorf("%s block %d: got %s %q, truth %s %q", tf.File, i, b.Kind(), b.PlainText(), want.Kind, want.Text)
			continue
		}
		if li, ok := b.(*model.ListItem); ok && li.Ordered != (want.List == "ordered") {
			t.Errorf("%s block %d: ordered=%t, truth list %q", tf.File, i, li.Ordered, want.List)
		}
		if tb, ok := b.(*model.Table); ok && !reflect.DeepEqual(tb.Rows, want.Rows) {
			t.Errorf("%s block %d: rows %q, truth %q", tf.File, i, tb.Rows, want.Rows)
		}
	}
}

// BenchmarkExtractCorpus extracts every readable corpus DOCX once per op.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := testutil.CorpusDir(b)
	var files [][]byte
	for _, tf := range docxTruths(b, dir) {
		if tf.Expected != "extract" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, "submissions", tf.File))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	if len(files) == 0 {
		b.Skip("no corpus DOCX files")
	}
	ex := New(extract.DefaultLimits)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := ex.Extract(ctx, data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files)), "files/op")
}
