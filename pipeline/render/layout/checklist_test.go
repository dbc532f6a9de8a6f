package layout

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A checklist line quoting a board chapter names the chapter in its text
// and the paragraph in its citation; an item without evidence names the
// awaited chapters that cover it; the headline and intro say the
// chapters were read only when the outline has some.
func TestChecklistPartWithChapters(t *testing.T) {
	c := model.Citation{File: "chapters/intro.md", Index: 4, Chapter: "Introduction", Paragraph: 3}
	items := []model.ChecklistItem{
		{Key: "feedback", Title: "Feedback", Evidence: []model.Quote{{Text: "Children told us so.", Citation: c}}},
		{Key: "practice_reviews", Title: "Reviews", Evidence: []model.Quote{}, Awaited: []string{"Learning from Reviews", "Case Reviews"}},
		{Key: "impact", Title: "Impact", Evidence: []model.Quote{}},
	}
	r := &model.Report{Parts: []model.Part{{Kind: model.PartChapter, Title: "Introduction"}, {Kind: model.PartStatements}},
		Analysis: &model.Analysis{Checklist: items}}
	p := partTitled(t, Analysis(r), ChecklistTitle)
	want := []string{
		"Feedback: Introduction, “Children told us so.”",
		"Reviews: no evidence found; the chapters “Learning from Reviews” and “Case Reviews” that may hold it are awaited",
		"Impact: no evidence found",
	}
	for i, f := range p.Findings {
		if f.Text != want[i] || f.Lead != items[i].Title+":" {
			t.Errorf("finding %d: %q (lead %q), want %q", i, f.Text, f.Lead, want[i])
		}
	}
	if got := p.Findings[0].Cites; got != "Introduction, paragraph 3, intro.md #4" {
		t.Errorf("cites %q", got)
	}
	if CiteLabel(r, c, false) != "paragraph 3" || CiteLabel(r, c, true) != "Introduction, paragraph 3" {
		t.Errorf("labels %q, %q", CiteLabel(r, c, false), CiteLabel(r, c, true))
	}
	if !strings.HasPrefix(p.Headline, "The statements and the board's chapters give evidence for 1 of the 3 items") {
		t.Errorf("headline %q", p.Headline)
	}
	r.Parts = nil
	if p := partTitled(t, Analysis(r), ChecklistTitle); !strings.HasPrefix(p.Headline, "The statements give evidence for 1 of the 3") ||
		strings.Contains(p.Intro, "chapters") {
		t.Errorf("without an outline: %q / %q", p.Headline, p.Intro)
	}
}
