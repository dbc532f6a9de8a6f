package docx

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// minCoverage is the share of truth words, in order, a DOCX extraction must hold.
const minCoverage = 0.995

// truthFile is the part of a corpus truth JSON this test reads.
type truthFile struct {
	File     string `json:"file"`
	Format   string `json:"format"`
	Expected string `json:"expected"`
	Blocks   []struct {
		Kind string     `json:"kind"`
		Text string     `json:"text"`
		List string     `json:"list"`
		Rows [][]string `json:"rows"`
	} `json:"blocks"`
}

// wordRE and words follow /work/shared/tools/score-corpus.
var wordRE = regexp.MustCompile(`[A-Za-z0-9£%]+(?:['’][A-Za-z]+)?`)

func words(text string) []string {
	ws := wordRE.FindAllString(text, -1)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	}
	return ws
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func loadTruths(t testing.TB, dir string) []truthFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []truthFile
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var tf truthFile
		if err := json.Unmarshal(raw, &tf); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if tf.Format == "docx" {
			out = append(out, tf)
		}
	}
	return out
}

// TestCorpusCoverage checks every DOCX of the shared corpus that should be
// extracted holds the truth's words in order, and that the bad ones are
// refused with the right cause.
func TestCorpusCoverage(t *testing.T) {
	dir := testutil.CorpusDir(t)
	truths := loadTruths(t, dir)
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

func coverage(tf truthFile, doc *model.Document) float64 {
	var tw, ow []string
	for _, b := range tf.Blocks {
		tw = append(tw, words(b.Text)...)
	}
	for _, b := range doc.Blocks {
		ow = append(ow, words(b.PlainText())...)
	}
	if len(tw) == 0 {
		return 1
	}
	return float64(lcs(tw, ow)) / float64(len(tw))
}

// checkBlocks compares block by block: the truth's blocks (headings and the
// title excluded) must be the extraction's non-heading blocks, with the same
// kind, list order, text (whitespace folded) and table rows, empty cells kept.
func checkBlocks(t *testing.T, tf truthFile, doc *model.Document) {
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
	for _, tf := range loadTruths(b, dir) {
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
