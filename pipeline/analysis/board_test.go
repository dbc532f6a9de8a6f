package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestFigureForms checks the forms the issue names, field by field.
func TestFigureForms(t *testing.T) {
	for _, tc := range []struct {
		text                  string
		value, measure, group string
		unit                  model.FigureUnit
		kind                  model.FigureKind
	}{
		{"Training (PREVENT) 77%", "77%", "Training (PREVENT)", "", model.UnitPercent, model.FigureAchievement},
		{"E-learning: adult safeguarding (88%), domestic abuse (88%)", "88%", "adult safeguarding", "E-learning", model.UnitPercent, model.FigureAchievement},
		{"65% adult safeguarding training", "65%", "adult safeguarding training", "", model.UnitPercent, model.FigureAchievement},
		{"Of these, 9 were Child Protection concerns (4 upheld; 5 rejected).", "4", "upheld", "Child Protection concerns", model.UnitCount, model.FigureAchievement},
		{"100% of staff need to complete the training", "100%", "training", "staff", model.UnitPercent, model.FigureTarget},
		{"We made 1,245 referrals in 2025/26.", "1,245", "referrals", "", model.UnitCount, model.FigureAchievement},
	} {
		a := one(model.SectionActivity, tc.text)
		var got *model.Figure
		for i := range a.Figures {
			if a.Figures[i].Text == tc.value && got == nil {
				got = &a.Figures[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %s in %+v", tc.text, tc.value, a.Figures)
			continue
		}
		if got.Measure != tc.measure || got.Group != tc.group || got.Unit != tc.unit || got.Kind != tc.kind {
			t.Errorf("%q: got %q/%q/%s/%s, want %q/%q/%s/%s", tc.text, got.Measure, got.Group, got.Unit, got.Kind, tc.measure, tc.group, tc.unit, tc.kind)
		}
		if got.Sentence == "" || len(got.Citations) != 1 {
			t.Errorf("%q: figure without its sentence or citation: %+v", tc.text, got)
		}
	}
}

// TestFiguresNoDuplicates: the same figure twice in a statement is one row
// citing both places; two courses at the same value stay two rows.
func TestFiguresNoDuplicates(t *testing.T) {
	s := stmt("Eastmoor Probation Service", "e.docx",
		para(model.SectionActivity, "Training (MAPPA) 69%, Training (Prevent) 69%."),
		para(model.SectionOutcomes, "Training (MAPPA) 69%, Training (Prevent) 69%."))
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	if len(a.Figures) != 2 {
		t.Fatalf("got %d figures, want 2: %+v", len(a.Figures), a.Figures)
	}
	if len(a.Figures[0].Citations) != 2 {
		t.Errorf("the repeated figure cites %v, want both paragraphs", a.Figures[0].Citations)
	}
}

func TestChecklistFoundAndNotFound(t *testing.T) {
	s := stmt("Northgate Police", "n.docx",
		para(model.SectionOutcomes, "The training was evaluated by a follow-up survey. Officers said they felt more confident."),
		para(model.SectionActivity, "We acted on the recommendations of the Rapid Review of Child T."),
		para(model.SectionDevelopment, "There has been little progress on the exploitation pathway."))
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	got := map[string][]model.Quote{}
	for _, it := range a.Checklist {
		got[it.Key] = it.Evidence
	}
	for key, want := range map[string]string{
		"effectiveness":    "The training was evaluated by a follow-up survey.",
		"practice_reviews": "We acted on the recommendations of the Rapid Review of Child T.",
		"little_progress":  "There has been little progress on the exploitation pathway.",
	} {
		if len(got[key]) != 1 || got[key][0].Text != want || got[key][0].Citation.Agency != "Northgate Police" {
			t.Errorf("%s: evidence %+v, want %q", key, got[key], want)
		}
	}
	if len(got["feedback"]) != 0 {
		t.Errorf("feedback: found %+v in a report that says nothing of it", got["feedback"])
	}
	if len(a.Checklist) != len(DefaultChecklist()) {
		t.Errorf("%d checklist items, want the %d defaults", len(a.Checklist), len(DefaultChecklist()))
	}
	opts := DefaultOptions()
	opts.Checklist = []ChecklistEntry{{Key: "voice", Title: "Voice", Wordings: []string{"felt more confident"}}}
	a = Analyse([]*model.Statement{s}, nil, nil, opts)
	if len(a.Checklist) != 1 || len(a.Checklist[0].Evidence) != 1 {
		t.Errorf("configured checklist: %+v", a.Checklist)
	}
}

func TestPartnersActivityOrChange(t *testing.T) {
	change := stmt("Riverside Community Health NHS Trust", "r.docx",
		para(model.SectionOutcomes, "We ran six workshops. Missed health appointments for looked after children fell from 31 to 12."))
	activity := stmt("Hillside Housing Association", "h.docx",
		para(model.SectionOutcomes, "Staff attended the training and the policy was updated."))
	a := Analyse([]*model.Statement{change, activity}, nil, nil, DefaultOptions())
	if len(a.Partners) != 2 {
		t.Fatalf("partners %+v", a.Partners)
	}
	if p := a.Partners[0]; !p.Change || len(p.Quotes) != 1 || p.Quotes[0].Text != "Missed health appointments for looked after children fell from 31 to 12." {
		t.Errorf("change: %+v", p)
	}
	if p := a.Partners[1]; p.Change || len(p.Quotes) != 1 || p.Quotes[0].Text != "Staff attended the training and the policy was updated." {
		t.Errorf("activity only: %+v", p)
	}
}
