package layout

import (
	"slices"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

func TestEveryPlacementOnceInTemplateOrder(t *testing.T) {
	r := fixture.Small()
	for _, s := range r.Statements {
		secs := Statement(r, s, 0)
		var keys []model.SectionKey
		n := 0
		for _, sec := range secs {
			keys = append(keys, sec.Key)
			n += len(sec.Items)
		}
		if n != len(s.Placements) {
			t.Errorf("%s: %d items for %d placements", s.Agency, n, len(s.Placements))
		}
		if !slices.Equal(keys[:len(model.TemplateOrder)], model.TemplateOrder) {
			t.Errorf("%s: sections %v, want template order first", s.Agency, keys)
		}
	}
}

func TestUnknownSectionKeyIsKept(t *testing.T) {
	r := fixture.Small()
	s := r.Statements[0]
	s.Placements[2].Section = "safeguarding_adults" // a key the template does not list
	secs := Statement(r, s, 0)
	last := secs[len(secs)-1]
	if last.Key != "safeguarding_adults" || len(last.Items) != 1 {
		t.Errorf("last section %v with %d items, want the unknown key with its block", last.Key, len(last.Items))
	}
}

func TestCheckNoteThreshold(t *testing.T) {
	r := fixture.Small()
	s := r.Statements[1]
	checks := map[string]string{}
	for _, sec := range Statement(r, s, 0.75) {
		for _, it := range sec.Items {
			checks[it.Block.PlainText()] = it.Check
		}
	}
	if got := checks["Our cadet scheme <script>alert(1)</script> welcomed its first cohort."]; got != "Placed in Key Successes by meaning (0.71): check" {
		t.Errorf("0.71 under a 0.75 threshold: note %q", got)
	}
	if got := checks["The service answered 1,204 calls where a child was present in the home."]; got != "" {
		t.Errorf("0.82 over the threshold got a note %q", got)
	}
	if got := checks["Station open day photographs are held by the communications team."]; got != "" {
		t.Errorf("an unmapped block got a placement note %q", got)
	}
}

func TestPersonalDataNoteOnItsBlock(t *testing.T) {
	r := fixture.Small()
	for _, sec := range Statement(r, r.Statements[1], 0) {
		for _, it := range sec.Items {
			want := 0
			if it.Block.Pos().Index == 4 {
				want = 1
			}
			if len(it.Notes) != want {
				t.Errorf("block %d has notes %v", it.Block.Pos().Index, it.Notes)
			}
		}
	}
}

func TestDefaultTitlesWithoutTemplateSections(t *testing.T) {
	r := fixture.Small()
	r.Sections = nil
	if got := SectionTitle(r, model.SectionDevelopment); got != "Key Areas for Development" {
		t.Errorf("title %q", got)
	}
}

func TestCitations(t *testing.T) {
	r := fixture.Small()
	cs := []model.Citation{
		{Agency: "A", Section: model.SectionOutcomes, File: "in/a.pdf", Page: 3, Index: 12},
		{File: "b.docx", Index: 0},
	}
	if got, want := Cites(r, cs), "A, Outcomes and Impact, in/a.pdf p. 3 #12; b.docx #0"; got != want {
		t.Errorf("Cites = %q, want %q", got, want)
	}
	if got, want := ShortCites(cs), "a.pdf p. 3 #12; b.docx #0"; got != want {
		t.Errorf("ShortCites = %q, want %q", got, want)
	}
}

func TestAnalysisLeavesOutEmptyParts(t *testing.T) {
	r := fixture.Small()
	r.Analysis.Training, r.Analysis.Notes = nil, nil
	var titles []string
	for _, p := range Analysis(r) {
		titles = append(titles, p.Title)
	}
	want := []string{"Evidence of impact", "Completeness of statements", "Cross-cutting themes", "Before publication: possible personal data"}
	if !slices.Equal(titles, want) {
		t.Errorf("parts %v, want %v", titles, want)
	}
	r.Analysis = nil
	if Analysis(r) != nil {
		t.Error("parts for a report without analysis")
	}
}
