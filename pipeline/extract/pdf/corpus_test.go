package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// pdfTruths returns the corpus truth files of PDF submissions.
func pdfTruths(t *testing.T, dir string) []score.Truth {
	t.Helper()
	all, err := score.LoadTruth(dir)
	if err != nil {
		t.Fatal(err)
	}
	return score.OfFormat(all, "pdf")
}

func TestCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	truths := pdfTruths(t, dir)
	if len(truths) == 0 {
		t.Fatal("no PDF truth files in the corpus")
	}
	ex := New(extract.DefaultLimits)
	for _, tf := range truths {
		t.Run(tf.File, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "submissions", tf.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ex.Extract(context.Background(), data)
			switch tf.Expected {
			case "reject":
				if !errors.Is(err, model.ErrEncrypted) {
					t.Fatalf("want a password rejection, got %v", err)
				}
				var ie *model.InputError
				if !errors.As(err, &ie) || ie.Hint == "" {
					t.Fatalf("want an InputError with a hint, got %#v", err)
				}
				return
			case "extract":
			default:
				t.Skipf("expected %q is not the extractor's to judge", tf.Expected)
			}
			if err != nil {
				t.Fatal(err)
			}
			var out []score.Out
			for _, b := range doc.Blocks {
				out = append(out, score.Out{Text: b.PlainText(), Heading: b.Kind() == model.KindHeading})
			}
			cov, _ := score.Score(tf, out)
			exact := exactBlocks(tf, doc)
			t.Logf("coverage %.4f; %d of %d truth blocks found whole, %d blocks out",
				cov, exact, len(tf.Blocks), len(doc.Blocks))
			if cov < 0.995 {
				t.Errorf("word coverage %.4f < 0.995", cov)
			}
			// Block boundaries matter to mapping: most truth blocks (whole
			// paragraphs, items, tables) should come out as one block each.
			if float64(exact) < 0.9*float64(len(tf.Blocks)) {
				t.Errorf("only %d of %d truth blocks found whole", exact, len(tf.Blocks))
			}
		})
	}
}

// exactBlocks counts truth blocks whose text, whitespace folded, is the text
// of one output block.
func exactBlocks(tf score.Truth, doc *model.Document) int {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	have := map[string]bool{}
	for _, b := range doc.Blocks {
		have[norm(b.PlainText())] = true
	}
	n := 0
	for _, b := range tf.Blocks {
		if have[norm(b.Text)] {
			n++
		}
	}
	return n
}
