package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// The board parts' headlines are fixed sentences whose counts are
// recomputed here from the analysis.
func TestBoardHeadlinesRecomputed(t *testing.T) {
	r := fixture.Board()
	a := r.Analysis
	parts := Analysis(r)
	n := map[model.ProgressStatus]int{}
	for _, it := range a.Progress.Items {
		n[it.Status]++
	}
	want := fmt.Sprintf("Of %d areas for development that 2 partners named last year, %d shows progress, %d is mentioned without evidence and %d is not mentioned.",
		len(a.Progress.Items), n[model.ProgressShown], n[model.ProgressMentioned], n[model.ProgressAbsent])
	if got := partTitled(t, parts, ProgressTitle).Headline; got != want {
		t.Errorf("progress headline %q, want %q", got, want)
	}
	want = fmt.Sprintf("%d paragraph in 1 statement repeats last year's word for word.", len(a.Progress.Carried))
	if got := partTitled(t, parts, CarriedTitle).Headline; got != want {
		t.Errorf("carried headline %q, want %q", got, want)
	}
	change := 0
	for _, p := range a.Partners {
		if p.Change {
			change++
		}
	}
	want = fmt.Sprintf("%d of %d statements show a change for children; %d describe activity only.", change, len(a.Partners), len(a.Partners)-change)
	if got := partTitled(t, parts, PartnersTitle).Headline; got != want {
		t.Errorf("partners headline %q, want %q", got, want)
	}
	want = "The statements give evidence for 1 of the 2 items the yearly report is expected to show; no evidence was found for: How feedback from children and families was used."
	if got := partTitled(t, parts, ChecklistTitle).Headline; got != want {
		t.Errorf("checklist headline %q, want %q", got, want)
	}
	want = fmt.Sprintf("The statements give %d figures from 2 partners, of which 0 are targets.", len(a.Figures))
	if got := partTitled(t, parts, FiguresTitle).Headline; got != want {
		t.Errorf("figures headline %q, want %q", got, want)
	}
}

// Every line of the board parts cites what it quotes, and every figure row
// links to its block; a checklist item with nothing says so.
func TestBoardPartsCiteWhatTheyQuote(t *testing.T) {
	r := fixture.Board()
	for _, title := range []string{ProgressTitle, PartnersTitle, ChecklistTitle} {
		for _, f := range partTitled(t, Analysis(r), title).Findings {
			if strings.Contains(f.Text, "\u201c") && len(f.Citations) == 0 && !strings.Contains(f.Text, "not mentioned") {
				t.Errorf("%s: %q quotes without a citation", title, f.Text)
			}
		}
	}
	fp := partTitled(t, Analysis(r), FiguresTitle)
	if len(fp.TableCites) != len(r.Analysis.Figures) || fp.CiteColumn != 6 {
		t.Errorf("figures table cites %d rows in column %d", len(fp.TableCites), fp.CiteColumn)
	}
	found := false
	for _, f := range partTitled(t, Analysis(r), ChecklistTitle).Findings {
		found = found || f.Text == "How feedback from children and families was used: no evidence found"
	}
	if !found {
		t.Error("the checklist item with no evidence does not say so")
	}
}
