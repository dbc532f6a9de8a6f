package pdf

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestProducersStructure: the shared statements as other producers make
// them (../shared/producers; skipped where it is absent). Browser-printed
// ones are tagged: at least 95% of their list items read as list items
// (Chromium draws the bullet as a shape; only the structure tree says it
// is a list) and every table is one table holding all its words. Pages
// set in two columns by LibreOffice are not read as tables: a statement
// without a table gives none.
func TestProducersStructure(t *testing.T) {
	dir := filepath.Join(filepath.Dir(testutil.RepoRoot(t)), "shared", "producers")
	truths, err := score.LoadTruth(dir)
	if err != nil || len(truths) == 0 {
		t.Skipf("shared producers not found at %s: skipping", dir)
	}
	ex := New(extract.DefaultLimits)
	items, asItems, tables, whole := 0, 0, 0, 0
	for _, tf := range truths {
		if tf.Variant != "pdf-chrome" && tf.Variant != "pdf-twocol" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, "submissions", tf.File))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ex.Extract(context.Background(), data)
		if err != nil {
			t.Fatalf("%s: %v", tf.File, err)
		}
		if tf.Variant == "pdf-twocol" {
			if !hasTruthTable(tf) && countTables(doc) > 0 {
				t.Errorf("%s: a statement without tables read with %d tables", tf.File, countTables(doc))
			}
			continue
		}
		for _, b := range tf.Blocks {
			best, share := bestBlock(doc, b.Text)
			switch b.Kind {
			case "bullet":
				items++
				if _, ok := best.(*model.ListItem); ok {
					asItems++
				}
			case "table":
				tables++
				if _, ok := best.(*model.Table); ok && share >= 0.98 {
					whole++
				}
			}
		}
	}
	t.Logf("browser-printed: %d of %d list items read as list items, %d of %d tables whole", asItems, items, whole, tables)
	if items == 0 || float64(asItems) < 0.95*float64(items) {
		t.Errorf("%d of %d list items read as list items, want at least 95%%", asItems, items)
	}
	if whole != tables {
		t.Errorf("%d of %d tables whole", whole, tables)
	}
}

var producerWordRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range producerWordRe.FindAllString(strings.ToLower(s), -1) {
		m[w] = true
	}
	return m
}

// bestBlock returns the block holding most of text's words and the share
// of them it holds.
func bestBlock(doc *model.Document, text string) (model.Block, float64) {
	want := wordSet(text)
	var best model.Block
	bestN := -1
	for _, b := range doc.Blocks {
		have, n := wordSet(b.PlainText()), 0
		for w := range want {
			if have[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN = b, n
		}
	}
	if len(want) == 0 {
		return best, 1
	}
	return best, float64(bestN) / float64(len(want))
}

func hasTruthTable(tf score.Truth) bool {
	for _, b := range tf.Blocks {
		if b.Kind == "table" {
			return true
		}
	}
	return false
}

func countTables(doc *model.Document) int {
	n := 0
	for _, b := range doc.Blocks {
		if _, ok := b.(*model.Table); ok {
			n++
		}
	}
	return n
}
