package pdf

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// truthFile is the part of a corpus truth JSON this test reads.
type truthFile struct {
	File     string `json:"file"`
	Format   string `json:"format"`
	Expected string `json:"expected"`
	Blocks   []struct {
		Kind string     `json:"kind"`
		Text string     `json:"text"`
		Rows [][]string `json:"rows"`
	} `json:"blocks"`
}

// corpusWord is the word pattern of shared/tools/score-corpus.
var corpusWord = regexp.MustCompile(`[A-Za-z0-9£%]+(?:['’][A-Za-z]+)?`)

func corpusWords(s string) []string {
	ws := corpusWord.FindAllString(s, -1)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	}
	return ws
}

// lcs is the length of the longest common subsequence of a and b: the truth
// words found in order in the output.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func loadTruths(t *testing.T, dir string) []truthFile {
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
		if tf.Format == "pdf" {
			out = append(out, tf)
		}
	}
	return out
}

func TestCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	truths := loadTruths(t, dir)
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
			var want, got []string
			for _, b := range tf.Blocks {
				want = append(want, corpusWords(b.Text)...)
			}
			for _, b := range doc.Blocks {
				if b.Kind() != model.KindHeading {
					got = append(got, corpusWords(b.PlainText())...)
				}
			}
			cov := float64(lcs(want, got)) / float64(len(want))
			exact := exactBlocks(tf, doc)
			t.Logf("coverage %.4f (%d truth words, %d output words); %d of %d truth blocks found whole, %d blocks out",
				cov, len(want), len(got), exact, len(tf.Blocks), len(doc.Blocks))
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
func exactBlocks(tf truthFile, doc *model.Document) int {
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
