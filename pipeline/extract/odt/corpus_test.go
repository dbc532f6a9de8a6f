package odt

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// truthFile is the part of a corpus ground-truth JSON this test compares.
type truthFile struct {
	File     string `json:"file"`
	Format   string `json:"format"`
	Expected string `json:"expected"`
	Title    string `json:"title"`
	Headings []struct {
		Text string `json:"text"`
	} `json:"headings"`
	Blocks []struct {
		Kind string     `json:"kind"`
		Text string     `json:"text"`
		List string     `json:"list"`
		Rows [][]string `json:"rows"`
	} `json:"blocks"`
}

// TestCorpusAsODT converts the corpus's Word statements to ODT with
// LibreOffice (the corpus holds no ODT) and checks that the extractor reads
// each back as the ground truth has it: the title and headings as headings,
// then every paragraph, list item (with its numbering) and table, verbatim
// and in order.
func TestCorpusAsODT(t *testing.T) {
	if testing.Short() {
		t.Skip("converting the corpus with LibreOffice is slow")
	}
	corpus := testutil.CorpusDir(t)
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice not on PATH")
	}
	truths := corpusTruths(t, corpus)
	out := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(out, "profile"), "--headless", "--convert-to", "odt", "--outdir", out}
	for _, tr := range truths {
		args = append(args, filepath.Join(corpus, "submissions", tr.File))
	}
	if msg, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for _, tr := range truths {
		t.Run(tr.File, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(tr.File, ".docx")+".odt"))
			if err != nil {
				t.Fatal(err)
			}
			got, gotHeads := contentLines(extractOK(t, data))
			want, wantHeads := truthLines(tr)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("blocks differ from the truth\n--- got\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if strings.Join(gotHeads, "\n") != strings.Join(wantHeads, "\n") {
				t.Errorf("headings %q, want %q", gotHeads, wantHeads)
			}
		})
	}
}

func corpusTruths(t *testing.T, corpus string) []truthFile {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpus, "truth", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []truthFile
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var tr truthFile
		if err := json.Unmarshal(raw, &tr); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if tr.Format == "docx" && tr.Expected == "extract" {
			out = append(out, tr)
		}
	}
	if len(out) == 0 {
		t.Skip("no DOCX statements in the corpus")
	}
	return out
}

// contentLines renders blocks as comparable lines, whitespace normalised:
// the first block as the title "H text", the other blocks by kind; the
// later headings (real or candidate) are returned apart, as the truth keeps
// them.
func contentLines(doc *model.Document) (lines, heads []string) {
	var out []string
	for i, b := range doc.Blocks {
		switch v := b.(type) {
		case *model.Heading:
			if i == 0 {
				out = append(out, "H "+norm(v.Text))
			} else {
				heads = append(heads, norm(v.Text))
			}
		case *model.Paragraph:
			out = append(out, "P "+norm(v.Text))
		case *model.ListItem:
			out = append(out, fmt.Sprintf("L ordered=%t %s", v.Ordered, norm(v.Text)))
		case *model.Table:
			out = append(out, "T "+tableLine(v.Rows))
		}
	}
	return out, heads
}

func truthLines(tr truthFile) (lines, heads []string) {
	out := []string{"H " + norm(tr.Title)}
	for _, h := range tr.Headings {
		heads = append(heads, norm(h.Text))
	}
	for _, b := range tr.Blocks {
		switch b.Kind {
		case "paragraph":
			out = append(out, "P "+norm(b.Text))
		case "bullet":
			out = append(out, fmt.Sprintf("L ordered=%t %s", b.List == "ordered", norm(b.Text)))
		case "table":
			out = append(out, "T "+tableLine(b.Rows))
		}
	}
	return out, heads
}

func tableLine(rows [][]string) string {
	var parts []string
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = norm(c)
		}
		parts = append(parts, strings.Join(cells, " | "))
	}
	return strings.Join(parts, " // ")
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }
