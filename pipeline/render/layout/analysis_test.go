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
	tb := Analysis(r)[0].Table
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
