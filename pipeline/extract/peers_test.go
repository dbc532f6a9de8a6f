package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/extract/odt"
	"github.com/reportpipe/reportpipe/pipeline/extract/pdf"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// peersFloor is what each format scored on ../shared/peers when this test
// was last tightened, less a small margin: mean word coverage against the
// reference text, and the most readable files it may refuse. Raise them
// as the readers improve; a fall below them is a regression.
var peersFloor = map[model.Format]struct {
	coverage float64
	refused  int
}{
	model.FormatPDF:  {0.94, 0},
	model.FormatDOCX: {0.99, 0},
	model.FormatODT:  {0.99, 0},
}

// knownJunk are the files still read wrong without a warning, each with its
// cause: the guard is against new ones. Take a file off when it is fixed.
var knownJunk = map[string]string{
	// Read column by column, which is right; pdftotext orders the
	// columns of its figure-led pages differently, and -layout reads
	// across both columns, so neither reference agrees.
	"pdfplumber__tests_pdfs_issue-982-example.pdf": "a two-column paper whose references order it otherwise",
}

// maxPeerWords skips references too long for the quadratic word matcher to
// score quickly; the score-text tool covers them.
const maxPeerWords = 12_000

// TestPeers reads every readable file of ../shared/peers (public test
// suites' documents, with what pdftotext or pandoc read from them) through
// the registry, as a run does, and guards against regressions: no file
// may come back as good text that is mostly wrong (coverage under 0.80
// without a warning), and each format's mean coverage and refusals must
// stay at their floors.
func TestPeers(t *testing.T) {
	dir := filepath.Join(filepath.Dir(testutil.RepoRoot(t)), "shared", "peers")
	expect := map[string]struct{ Expect string }{}
	data, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Skipf("../shared/peers not found (%v): skipping", err)
	}
	if err := json.Unmarshal(data, &expect); err != nil {
		t.Fatal(err)
	}
	lim := extract.DefaultLimits
	reg := extract.Registry{model.FormatDOCX: docx.New(lim), model.FormatPDF: pdf.New(lim), model.FormatODT: odt.New(lim)}
	sum, n, refused := map[model.Format]float64{}, map[model.Format]int{}, map[model.Format]int{}
	for name, e := range expect {
		f := model.Format(strings.TrimPrefix(filepath.Ext(name), "."))
		if e.Expect != "read" || peersFloor[f].coverage == 0 {
			continue
		}
		refs := readRefs(t, dir, name)
		if len(refs[0]) < 30 || len(refs[0]) > maxPeerWords {
			continue
		}
		body, err := os.ReadFile(filepath.Join(dir, "files", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := reg.Extract(context.Background(), f, body, lim)
		n[f]++
		if err != nil {
			refused[f]++
			t.Logf("%s: refused: %v", name, err)
			continue
		}
		cov := coverage(refs, doc)
		sum[f] += cov
		junk := cov < 0.80 && len(doc.Warnings) == 0
		switch {
		case junk && knownJunk[name] == "":
			t.Errorf("%s: coverage %.3f with no warning: junk returned as good text", name, cov)
		case !junk && knownJunk[name] != "":
			t.Logf("%s: no longer junk (coverage %.3f): take it off knownJunk", name, cov)
		}
	}
	for f, floor := range peersFloor {
		mean := sum[f] / float64(max(n[f], 1)) // refused files count as 0
		t.Logf("%s: %d files, mean coverage %.3f, %d refused", f, n[f], mean, refused[f])
		if mean < floor.coverage || refused[f] > floor.refused {
			t.Errorf("%s: mean coverage %.3f (floor %.2f), %d refused (at most %d)", f, mean, floor.coverage, refused[f], floor.refused)
		}
	}
}

// readRefs returns the words of a file's reference texts: the plain one,
// and for a PDF also pdftotext's -layout reading, which orders tables and
// columns differently; a reader is scored against the better of them.
func readRefs(t *testing.T, dir, name string) [][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "refs", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	refs := [][]string{score.Words(string(data))}
	if layout, err := os.ReadFile(filepath.Join(dir, "refs", name+".layout.txt")); err == nil {
		refs = append(refs, score.Words(string(layout)))
	}
	return refs
}

// coverage is the largest share of a reference's words that doc's blocks
// hold in order.
func coverage(refs [][]string, doc *model.Document) float64 {
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, score.Words(b.PlainText())...)
	}
	best := 0.0
	for _, ref := range refs {
		if len(ref) > 0 {
			best = max(best, float64(score.Common(ref, got))/float64(len(ref)))
		}
	}
	return best
}
