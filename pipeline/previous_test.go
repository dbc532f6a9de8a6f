package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	rjson "github.com/reportpipe/reportpipe/pipeline/render/json"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// lastYear runs the example submissions and writes the report as the
// renderer named by ext would, so it can stand for last year's report.
func lastYear(t *testing.T, ext string) (config.Config, *model.Report, string) {
	t.Helper()
	cfg := config.Default()
	cfg.Paths.Submissions = filepath.Join(testutil.RepoRoot(t), "submissions")
	rep := runPipeline(t, cfg).Report
	var buf bytes.Buffer
	var err error
	switch ext {
	case "json":
		err = rjson.Renderer{}.Render(&buf, rep)
	case "docx", "pdf":
		err = docx.New(docx.Options{}).Render(&buf, rep)
	}
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "last-year.docx")
	if ext == "json" {
		path = filepath.Join(dir, "last-year.json")
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if ext == "pdf" { // the published report as LibreOffice prints the Word report
		err := office.Convert(context.Background(), path, "pdf", dir, filepath.Join(dir, "profile"), 3*time.Minute)
		if errors.Is(err, office.ErrNotInstalled) {
			t.Skip("LibreOffice is not installed: the PDF of last year's report cannot be made")
		}
		if err != nil {
			t.Fatal(err)
		}
		path = filepath.Join(dir, "last-year.pdf")
	}
	return cfg, rep, path
}

// developmentAreas counts the Key Areas for Development paragraphs of rep.
func developmentAreas(rep *model.Report) int {
	n := 0
	for _, s := range rep.Statements {
		for _, p := range s.Placements {
			if p.Section == model.SectionDevelopment && !p.IsHeading() && strings.TrimSpace(p.Block.PlainText()) != "" {
				n++
			}
		}
	}
	return n
}

// Last year's report given as reportpipe's JSON draft or as its Word
// report: every area for development of every agency is followed up, and
// the statements sent again unchanged are found carried over word for word.
func TestPreviousReportFollowedUp(t *testing.T) {
	for _, ext := range []string{"json", "docx", "pdf"} {
		t.Run(ext, func(t *testing.T) {
			cfg, rep, path := lastYear(t, ext)
			cfg.Analysis.Previous = path
			again := runPipeline(t, cfg).Report
			p := again.Analysis.Progress
			if p == nil {
				t.Fatalf("no progress analysis; notes %v", again.Notes)
			}
			if p.Source != "last-year."+ext {
				t.Errorf("source %q", p.Source)
			}
			if want := developmentAreas(rep); len(p.Items) != want || want == 0 {
				t.Errorf("%d areas followed up, want %d", len(p.Items), want)
			}
			if len(p.NoPrevious) != 0 {
				t.Errorf("agencies not found in last year's report: %v", p.NoPrevious)
			}
			if len(p.Carried) == 0 {
				t.Error("the same statements again, but nothing found carried over")
			}
			for _, it := range p.Items {
				if it.Status == model.ProgressAbsent {
					t.Errorf("%s: %q copied into this year's statement, yet not mentioned", it.Agency, it.Area)
				}
			}
		})
	}
}

// A previous report that cannot be read is a note of the run, which goes
// on without the follow-up.
func TestPreviousReportUnreadable(t *testing.T) {
	cfg := config.Default()
	cfg.Paths.Submissions = filepath.Join(testutil.RepoRoot(t), "submissions")
	bad := filepath.Join(t.TempDir(), "last-year.txt")
	if err := os.WriteFile(bad, []byte("not a report"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.Analysis.Previous = bad
	rep := runPipeline(t, cfg).Report
	if rep.Analysis.Progress != nil || !strings.Contains(strings.Join(rep.Notes, "\n"), "analysis.previous") {
		t.Errorf("progress %v, notes %v", rep.Analysis.Progress, rep.Notes)
	}
}

// Nothing in the board's analysis is invented: every quoted passage of
// its lines is the text of a block of this year's statements or of last
// year's report, word for word.
func TestBoardAnalysisQuotesVerbatim(t *testing.T) {
	cfg, last, path := lastYear(t, "json")
	cfg.Analysis.Previous = path
	rep := runPipeline(t, cfg).Report
	var texts []string
	for _, r := range []*model.Report{rep, last} {
		for _, s := range r.Statements {
			for _, p := range s.Placements {
				texts = append(texts, strings.ReplaceAll(p.Block.PlainText(), "\t", " | ")) // a row's cells as quoted
			}
		}
	}
	all := strings.Join(texts, "\n")
	quotes := 0
	for _, p := range layout.Analysis(rep) {
		switch p.Title {
		case layout.ProgressTitle, layout.PartnersTitle, layout.ChecklistTitle, layout.FiguresTitle:
		default:
			continue
		}
		for _, f := range p.Findings {
			for _, q := range quoted(f.Text) {
				quotes++
				if !strings.Contains(all, q) {
					t.Errorf("%s: %q is not the text of any block", p.Title, q)
				}
			}
		}
	}
	if quotes < 5 {
		t.Errorf("only %d quotes checked; the example statements should give more", quotes)
	}
}

// quoted returns the passages of s between curly quotes.
func quoted(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "\u201c")
		if i < 0 {
			return out
		}
		s = s[i+len("\u201c"):]
		j := strings.Index(s, "\u201d")
		if j < 0 {
			return out
		}
		out = append(out, s[:j])
		s = s[j:]
	}
}
