package analysis

import (
	"reflect"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

const (
	ctx = model.SectionContext
	act = model.SectionActivity
	out = model.SectionOutcomes
	suc = model.SectionSuccesses
	dev = model.SectionDevelopment
	ins = model.SectionInspection
)

func fullStatement(agency string) *model.Statement {
	return stmt(agency, agency+".docx",
		para(ctx, lorem(50)), para(act, lorem(60)), para(out, lorem(45)), para(suc, lorem(41)), para(dev, lorem(40)))
}

func TestCompletenessCells(t *testing.T) {
	tests := []struct {
		name   string
		s      *model.Statement
		thin   int
		status map[model.SectionKey]model.SectionStatus
		words  map[model.SectionKey]int
	}{
		{"all present", fullStatement("Riverside Community Health Trust"), 40,
			map[model.SectionKey]model.SectionStatus{ins: model.StatusMissing, ctx: model.StatusPresent, act: model.StatusPresent, out: model.StatusPresent, suc: model.StatusPresent, dev: model.StatusPresent},
			map[model.SectionKey]int{ctx: 50, dev: 40}},
		{"thin is under the word count, counted over all blocks", stmt("Hillcrest Youth Offending Service", "h.docx",
			para(ctx, lorem(20)), para(ctx, lorem(19)), para(out, lorem(39)), para(dev, "Two words.")), 40,
			map[model.SectionKey]model.SectionStatus{ctx: model.StatusThin, act: model.StatusMissing, out: model.StatusThin, dev: model.StatusThin},
			map[model.SectionKey]int{ctx: 39, out: 39, dev: 2}},
		{"a heading alone is not content", stmt("Northgate Police Division", "n.docx",
			para(ctx, lorem(45)), sectionHeading(dev, "Key Areas for Development")), 40,
			map[model.SectionKey]model.SectionStatus{ctx: model.StatusPresent, dev: model.StatusMissing},
			map[model.SectionKey]int{dev: 0}},
		{"thin check off with 0", stmt("Northgate Police Division", "n.docx", para(out, "No data.")), 0,
			map[model.SectionKey]model.SectionStatus{out: model.StatusPresent, ctx: model.StatusMissing},
			map[model.SectionKey]int{out: 2}},
		{"apostrophes keep one word", stmt("Northgate Police Division", "n.docx", para(out, "The child's voice isn't lost.")), 40,
			map[model.SectionKey]model.SectionStatus{out: model.StatusThin},
			map[model.SectionKey]int{out: 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := Analyse([]*model.Statement{tc.s}, nil, nil, Options{ThinWords: tc.thin})
			row := a.Completeness.Rows[0]
			if row.Agency != tc.s.Agency || len(row.Cells) != len(a.Completeness.Sections) {
				t.Fatalf("row %q has %d cells for %d sections", row.Agency, len(row.Cells), len(a.Completeness.Sections))
			}
			for _, c := range row.Cells {
				if want, ok := tc.status[c.Section]; ok && c.Status != want {
					t.Errorf("%s: status %s, want %s", c.Section, c.Status, want)
				}
				if want, ok := tc.words[c.Section]; ok && c.Words != want {
					t.Errorf("%s: %d words, want %d", c.Section, c.Words, want)
				}
				if c.Status != model.StatusMissing && len(c.Citations) == 0 {
					t.Errorf("%s: %s without citations", c.Section, c.Status)
				}
			}
		})
	}
}

func TestCompletenessCitesBlocks(t *testing.T) {
	s := stmt("Riverside Community Health Trust", "riverside.docx", para(ctx, "One."), blk{sec: out, text: "Two.", page: 3})
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	cell := cellOf(t, a, 0, out)
	want := []model.Citation{{Agency: "Riverside Community Health Trust", Section: out, File: "riverside.docx", Page: 3, Index: 2}}
	if !reflect.DeepEqual(cell.Citations, want) {
		t.Errorf("citations %+v, want %+v", cell.Citations, want)
	}
}

func cellOf(t *testing.T, a *model.Analysis, row int, k model.SectionKey) model.SectionCell {
	t.Helper()
	for _, c := range a.Completeness.Rows[row].Cells {
		if c.Section == k {
			return c
		}
	}
	t.Fatalf("no %s cell", k)
	return model.SectionCell{}
}

func TestCompletenessNotSubmitted(t *testing.T) {
	stmts := []*model.Statement{fullStatement("Riverside Community Health Trust"), fullStatement("northgate  police division")}
	expected := []model.Agency{
		{Name: "Riverside Community Health Trust"},
		{Name: "Northgate Police Division"},                                                  // matched ignoring case and spacing
		{Name: "Hillcrest Youth Offending Service"},                                          // missing
		{Name: "Lakeside Academy Trust", Optional: true},                                     // optional: never listed
		{Name: "Westbrook Fire Service", Aliases: []string{"WFS"}},                           // missing
		{Name: "Eastfield Probation", Aliases: []string{"Riverside Community Health Trust"}}, // an alias matches
	}
	a := Analyse(stmts, expected, nil, DefaultOptions())
	want := []string{"Hillcrest Youth Offending Service", "Westbrook Fire Service"}
	if !reflect.DeepEqual(a.Completeness.NotSubmitted, want) {
		t.Errorf("not submitted %q, want %q", a.Completeness.NotSubmitted, want)
	}
}

func TestCompletenessLackingRequired(t *testing.T) {
	tmpl := &template.Template{Sections: []template.Section{
		{Key: ctx, Title: "Agency Context", Required: true},
		{Key: out, Title: "Outcomes and Impact", Required: true},
		{Key: dev, Title: "Key Areas for Development", Required: false},
	}}
	s := stmt("Riverside Community Health Trust", "riverside.docx", para(ctx, lorem(50)), para(out, "Thin."))
	a := Analyse([]*model.Statement{s, fullStatement("Northgate Police Division")}, nil, tmpl, DefaultOptions())
	if got := a.Completeness.Sections; !reflect.DeepEqual(got, []model.SectionKey{ctx, out, dev}) {
		t.Errorf("columns %v follow the template", got)
	}
	// Thin is not missing; development is missing but not required.
	if len(a.Completeness.LackingRequired) != 0 {
		t.Errorf("lacking %+v, want none", a.Completeness.LackingRequired)
	}
	s2 := stmt("Hillcrest Youth Offending Service", "h.docx", para(dev, lorem(50)))
	a = Analyse([]*model.Statement{s2}, nil, tmpl, DefaultOptions())
	var got []model.SectionKey
	for _, m := range a.Completeness.LackingRequired {
		got = append(got, m.Section)
		if m.Agency != "Hillcrest Youth Offending Service" || m.Title == "" || len(m.Files) != 1 {
			t.Errorf("lacking entry %+v", m)
		}
	}
	if !reflect.DeepEqual(got, []model.SectionKey{ctx, out}) {
		t.Errorf("lacking %v, want context and outcomes", got)
	}
}

// The built-in template requires the five statement sections, not the
// inspection summary.
func TestCompletenessBuiltInRequired(t *testing.T) {
	s := stmt("Riverside Community Health Trust", "riverside.docx", para(ctx, lorem(50)))
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	var got []model.SectionKey
	for _, m := range a.Completeness.LackingRequired {
		got = append(got, m.Section)
	}
	if want := []model.SectionKey{act, out, suc, dev}; !reflect.DeepEqual(got, want) {
		t.Errorf("lacking %v, want %v", got, want)
	}
}
