package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/config"
)

// A covers key that names no checklist item is a configuration mistake
// named by its key, whether the checklist is the built-in one or the
// configured one.
func TestCoversNamesAChecklistItem(t *testing.T) {
	cfg := config.Default()
	cfg.Parts = []config.Part{{Kind: "chapter", Title: "Learning from Reviews", File: "r.md", Covers: []string{"practice_review"}}}
	_, err := New(cfg)
	var ce *config.Error
	if !errors.As(err, &ce) || ce.Key != "outline[0].covers[0]" || !strings.Contains(ce.Msg, "practice_reviews") {
		t.Errorf("built-in checklist: got %v, want a config error on outline[0].covers[0] listing the keys", err)
	}
	cfg.Parts[0].Covers = []string{"practice_reviews"}
	if _, err := New(cfg); err != nil {
		t.Errorf("a built-in key refused: %v", err)
	}
	cfg.Analysis.Checklist = []config.ChecklistItem{{Key: "voice", Title: "Voice", Wordings: []string{"voice"}}}
	if _, err := New(cfg); !errors.As(err, &ce) {
		t.Errorf("a key not in the configured checklist: got %v", err)
	}
	cfg.Parts[0].Covers = []string{"voice"}
	if _, err := New(cfg); err != nil {
		t.Errorf("a configured key refused: %v", err)
	}
}

// A run hands the analysis the outline's chapters: the checklist finds an
// item in a chapter that has arrived, and names an awaited chapter that
// covers an item without evidence.
func TestRunChecklistReadsChapters(t *testing.T) {
	dir := t.TempDir()
	cfg := config.Default()
	cfg.Paths.Submissions, cfg.Paths.Output, cfg.Paths.Chapters = filepath.Join(dir, "subs"), filepath.Join(dir, "out"), filepath.Join(dir, "chapters")
	for _, d := range []string{cfg.Paths.Submissions, cfg.Paths.Chapters} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	intro := "# Introduction\n\nA fictional year.\n\nThe youth council told the board what to change, and children told us the letters were unclear.\n"
	if err := os.WriteFile(filepath.Join(cfg.Paths.Chapters, "intro.md"), []byte(intro), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.Parts = []config.Part{
		{Kind: "chapter", Title: "Introduction", File: "intro.md"},
		{Kind: "statements"},
		{Kind: "chapter", Title: "Learning from Reviews", File: "reviews.docx", Covers: []string{"practice_reviews"}},
		{Kind: "analysis"},
	}
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range res.Report.Analysis.Checklist {
		switch it.Key {
		case "feedback":
			if len(it.Evidence) != 1 || it.Evidence[0].Citation.Chapter != "Introduction" || it.Evidence[0].Citation.Paragraph != 2 {
				t.Errorf("feedback: %+v, want the introduction's paragraph 2", it.Evidence)
			}
		case "practice_reviews":
			if len(it.Evidence) != 0 || strings.Join(it.Awaited, "|") != "Learning from Reviews" {
				t.Errorf("practice_reviews: %+v, want Learning from Reviews awaited", it)
			}
		}
	}
}
