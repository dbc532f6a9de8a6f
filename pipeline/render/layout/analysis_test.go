package layout

import (
	"slices"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// An optional section (the inspection summary) that a statement leaves out
// is no gap: the completeness table must not call it missing, while a
// required one stays missing.
func TestCompletenessOptionalSectionIsNotMissing(t *testing.T) {
	r := fixture.Small()
	c := &r.Analysis.Completeness
	c.Sections = append([]model.SectionKey{model.SectionInspection}, c.Sections...)
	c.Optional = []model.SectionKey{model.SectionInspection}
	for i := range c.Rows {
		c.Rows[i].Cells = append([]model.SectionCell{{Section: model.SectionInspection, Status: model.StatusMissing}}, c.Rows[i].Cells...)
	}
	tb := partTitled(t, Analysis(r), "Completeness of statements").Table
	if want := []string{"Agency", "Inspection", "Context", "Activity", "Outcomes"}; !slices.Equal(tb[0], want) {
		t.Errorf("header %q, want the short titles %q", tb[0], want)
	}
	if want := []string{"Harbour Fire and Rescue Service", "not given", "thin, 15 words", "missing", "thin, 10 words"}; !slices.Equal(tb[2], want) {
		t.Errorf("row %q, want %q", tb[2], want)
	}
	if got := tb[1][3]; got != "52 words" {
		t.Errorf("a present section reads %q, want %q", got, "52 words")
	}
}

// A theme two partners name for development is a shared area, citing
// their development sections; one named by a single partner is not.
func TestSharedAreasForDevelopment(t *testing.T) {
	r := fixture.Small()
	th := &r.Analysis.Themes.Themes[0]
	th.DevelopmentAgencies = append(th.DevelopmentAgencies, "Harbour Fire and Rescue Service")
	th.Agencies = append(th.Agencies, model.ThemeAgency{Agency: "Harbour Fire and Rescue Service", Development: true,
		Citations: []model.Citation{{Agency: "Harbour Fire and Rescue Service", Section: model.SectionDevelopment, File: "harbour-fire-annual.pdf", Index: 9}}})
	var shared *AnalysisPart
	for _, p := range Analysis(r) {
		if p.Title == "Areas for development shared by several partners" {
			shared = &p
		}
	}
	if shared == nil || len(shared.Findings) != 1 || shared.Findings[0].Text != "Neglect: Riverside Community Health Trust; Harbour Fire and Rescue Service" ||
		len(shared.Findings[0].Citations) != 2 || shared.Headline == "" {
		t.Fatalf("shared areas %+v", shared)
	}
	for _, p := range Analysis(fixture.Small()) {
		if p.Title == shared.Title {
			t.Error("a theme one partner names for development is listed as shared")
		}
	}
}

// partTitled returns the part with the title, failing the test without it.
func partTitled(t *testing.T, parts []AnalysisPart, title string) AnalysisPart {
	t.Helper()
	for _, p := range parts {
		if p.Title == title {
			return p
		}
	}
	t.Fatalf("no part %q", title)
	return AnalysisPart{}
}
