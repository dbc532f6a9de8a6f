package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestFigureValuesAndPeriods checks the value, period and kind read from
// forms the eval's fixtures hold only a few of.
func TestFigureValuesAndPeriods(t *testing.T) {
	for _, tc := range []struct {
		text, value string
		num         float64
		period      string
		kind        model.FigureKind
	}{
		{"The service secured £1.2 million for family hubs.", "£1.2 million", 1.2e6, "", model.FigureAchievement},
		{"Since April, officers made 1,218 tenancy visits.", "1,218", 1218, "Since April", model.FigureAchievement},
		{"Training (Cuckooing) 52% at the end of Q3.", "52%", 52, "Q3", model.FigureAchievement},
		{"By year end we want 100% of settings to have a trained lead.", "100%", 100, "", model.FigureTarget},
		{"Satisfaction went from 62% in Q1 to 81% in Q4.", "81%", 81, "Q4", model.FigureAchievement},
	} {
		a := one(model.SectionActivity, tc.text)
		if len(a.Figures) != 1 {
			t.Errorf("%q: %d figures, want 1: %+v", tc.text, len(a.Figures), a.Figures)
			continue
		}
		f := a.Figures[0]
		if f.Text != tc.value || f.Value != tc.num || f.Period != tc.period || f.Kind != tc.kind {
			t.Errorf("%q: got %q %v %q %s, want %q %v %q %s", tc.text, f.Text, f.Value, f.Period, f.Kind, tc.value, tc.num, tc.period, tc.kind)
		}
	}
}

// TestFigureNotFigures: changes, old values, label numbers, ages, phone
// numbers and dates are not figures.
func TestFigureNotFigures(t *testing.T) {
	for _, text := range []string{
		"More parents joined, up 12% on the previous year.",
		"Our policy follows section 17 of the Children Act 1989 and was approved on 3 May 2016.",
		"Call 0161 496 0732 about sessions for under 5s at Level 3.",
		"It delivers a 12-week programme and 1:1 mentoring under its 3-year plan.",
	} {
		if a := one(model.SectionActivity, text); len(a.Figures) != 0 {
			t.Errorf("%q: figures %+v, want none", text, a.Figures)
		}
	}
}

// TestFiguresRepeatedWithShorterMeasure: a figure given again with part
// of its measure ("the 1,577 assessments") is the same figure, one row
// citing both places.
func TestFiguresRepeatedWithShorterMeasure(t *testing.T) {
	s := stmt("Yelverton Early Help Service", "y.docx",
		para(model.SectionActivity, "Early help assessments started in 2016/17: 1,577."),
		para(model.SectionOutcomes, "Of the 1,577 assessments, 1,014 were led by schools."))
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	var rows []model.Figure
	for _, f := range a.Figures {
		if f.Text == "1,577" {
			rows = append(rows, f)
		}
	}
	if len(rows) != 1 || len(rows[0].Citations) != 2 {
		t.Fatalf("1,577: %+v, want one row citing both paragraphs", rows)
	}
}

// TestFigureMeasureStateNotActivity: "in" goes on into a state ("in
// custody") but not into an activity ("in recognising neglect"), whose
// words stay in the sentence only.
func TestFigureMeasureStateNotActivity(t *testing.T) {
	for text, want := range map[string]string{
		"The service supervises 870 in custody.":                       "in custody",
		"We trained 380 staff in recognising neglect during the year.": "staff",
	} {
		a := one(model.SectionActivity, text)
		if len(a.Figures) != 1 || a.Figures[0].Measure != want {
			t.Errorf("%q: figures %+v, want the measure %q", text, a.Figures, want)
		}
	}
}
