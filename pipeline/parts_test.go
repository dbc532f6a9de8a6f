package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/config"
)

// A run reads the outline's files: a chapter that is there is read, one
// that is not is awaited, and one that cannot be read is awaited with the
// reason (and a note), never stopping the run. The statements are numbered
// under their part.
func TestRunReadsTheOutline(t *testing.T) {
	dir := t.TempDir()
	cfg := config.Default()
	cfg.Paths.Submissions, cfg.Paths.Output, cfg.Paths.Chapters = filepath.Join(dir, "subs"), filepath.Join(dir, "out"), filepath.Join(dir, "chapters")
	for _, d := range []string{cfg.Paths.Submissions, cfg.Paths.Chapters} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(cfg.Paths.Chapters, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("intro.md", "# Introduction\n\nWelcome to the *fictional* report.\n")
	write("finance.xlsx", "not a workbook")
	write("attendance.csv", "Member,June\nA,1\nB,1\nTotal,\n")
	cfg.Parts = []config.Part{
		{Kind: "chapter", Title: "Introduction", File: "intro.md"},
		{Kind: "chapter", Title: "Context", File: "context.docx", Owner: "Business Manager"},
		{Kind: "statements"},
		{Kind: "table", Title: "Financial Report", File: "finance.xlsx"},
		{Kind: "table", Title: "Attendance", File: "attendance.csv"},
	}
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rep := res.Report
	if rep.Meta.StatementsNumber != "3" || len(rep.Parts) != 5 {
		t.Fatalf("statements number %q, %d parts", rep.Meta.StatementsNumber, len(rep.Parts))
	}
	intro, ctxPart, finance, attendance := rep.Parts[0], rep.Parts[1], rep.Parts[3], rep.Parts[4]
	if intro.Document == nil || intro.Document.Blocks[1].PlainText() != "Welcome to the fictional report." {
		t.Errorf("intro %+v", intro.Document)
	}
	if ctxPart.Received() || ctxPart.Problem != "" {
		t.Errorf("context should be awaited: %+v", ctxPart)
	}
	if finance.Received() || !strings.Contains(finance.Problem, "the workbook could not be opened") {
		t.Errorf("finance problem %q", finance.Problem)
	}
	if attendance.Table == nil || strings.Join(attendance.Table.Totals, "|") != "Total|2" {
		t.Errorf("attendance %+v", attendance.Table)
	}
	noted := false
	for _, n := range rep.Notes {
		noted = noted || strings.HasPrefix(n, "finance.xlsx: ")
	}
	if !noted {
		t.Errorf("notes %q lack the finance problem", rep.Notes)
	}
}
