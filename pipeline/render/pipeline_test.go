package render_test

import (
	"bytes"
	"context"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/docxtext"
	rjson "github.com/reportpipe/reportpipe/pipeline/render/json"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// compile runs the real pipeline over a submissions folder.
func compile(t *testing.T, configFile, submissions string) *model.Report {
	t.Helper()
	cfg, err := config.Load(configFile, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Paths.Submissions = submissions
	p, err := pipeline.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Report.Statements) == 0 {
		t.Fatalf("no statements compiled from %s", submissions)
	}
	return res.Report
}

func TestConservationOnTheExamples(t *testing.T) {
	root := testutil.RepoRoot(t)
	r := compile(t, filepath.Join(root, "config", "reportpipe.yaml"), filepath.Join(root, "submissions"))
	checkConservation(t, r)
	checkOpensInLibreOffice(t, r)
}

func TestConservationOnTheCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	r := compile(t, filepath.Join(dir, "config.yaml"), filepath.Join(dir, "submissions"))
	checkConservation(t, r)
	checkOpensInLibreOffice(t, r)
}

// checkConservation: every block that is not a heading appears exactly once
// in the DOCX body (verbatim but for characters XML cannot hold) and
// exactly once in the JSON, at its file and index, verbatim.
func checkConservation(t *testing.T, r *model.Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.New(docx.Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	parts, err := docxtext.Unzip(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	body, err := docxtext.Blocks(parts["word/document.xml"])
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, b := range body {
		got[b]++
	}
	want := map[string]int{}
	for _, s := range r.Statements {
		for _, p := range s.Placements {
			if !p.IsHeading() && strings.TrimSpace(p.Block.PlainText()) != "" {
				want[clean(p.Block.PlainText())]++
			}
		}
	}
	ours := ownLines(r)
	for text, n := range want {
		if got[text] < n || got[text] > n && !ours[text] {
			t.Errorf("DOCX: %q appears %d times, want %d", text, got[text], n)
		}
	}
	t.Logf("DOCX: %d distinct non-heading blocks found, each as often as submitted", len(want))
	checkJSON(t, r)
}

func checkJSON(t *testing.T, r *model.Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := (rjson.Renderer{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc rjson.Document
	if err := stdjson.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, s := range r.Statements {
		at := map[string][]string{}
		for _, sec := range doc.Statements[i].Sections {
			for _, b := range sec.Blocks {
				k := fmt.Sprint(b.Source.File, "#", b.Source.Index)
				at[k] = append(at[k], b.Text)
			}
		}
		n := 0
		for _, d := range s.Documents {
			for _, b := range d.Blocks {
				n++
				k := fmt.Sprint(d.Source.Path, "#", b.Pos().Index)
				if len(at[k]) != 1 || at[k][0] != b.PlainText() {
					t.Errorf("JSON: %s block %s: %q, want once as %q", s.Agency, k, at[k], b.PlainText())
				}
			}
		}
		if n != len(s.Placements) {
			t.Errorf("%s: %d blocks in documents, %d placements", s.Agency, n, len(s.Placements))
		}
	}
}

// checkOpensInLibreOffice converts the DOCX to PDF and finds every agency
// heading, and a sample of each statement's blocks, in order.
func checkOpensInLibreOffice(t *testing.T, r *model.Report) {
	t.Helper()
	var buf bytes.Buffer
	if err := docx.New(docx.Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	text, err := docxtext.PDFText(buf.Bytes(), t.TempDir())
	if errors.Is(err, docxtext.ErrNoTools) {
		t.Skipf("skipping the LibreOffice check: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, s := range r.Statements {
		want = append(want, layout.AgencyHeading(s))
		for _, sec := range layout.Statement(r, s, 0) {
			if sec.Key == model.SectionUnmapped {
				continue
			}
			for i, it := range sec.Items {
				if _, table := it.Block.(*model.Table); i%3 == 1 && !table && !it.IsHeading() {
					want = append(want, clean(it.Block.PlainText()))
				}
			}
		}
	}
	if miss := docxtext.InOrder(text, want); miss != "" {
		t.Errorf("%q not found in the PDF after the text before it", miss)
	}
	t.Logf("%d agency headings and sampled blocks found in order", len(want))
}

// ownLines are lines the report writes itself (section titles and the
// like) that a block could coincide with.
func ownLines(r *model.Report) map[string]bool {
	out := map[string]bool{"Key": true, "None.": true}
	for _, in := range layout.Titles(r) {
		out[in.Title] = true
	}
	return out
}

// clean is text as the DOCX can hold it: without characters XML refuses,
// and with \r\n and lone \r as line breaks.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\t' || r == '\n':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r == utf8.RuneError:
			return -1
		}
		return r
	}, s)
}
