package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// fig is a training figure reduced to what the tests compare.
type fig struct {
	course string
	level  string
	pct    float64
	below  bool
}

func figs(a *model.Analysis) []fig {
	var out []fig
	for _, f := range a.Training {
		out = append(out, fig{f.Course, f.Level, f.Percent, f.BelowTarget})
	}
	return out
}

func TestTrainingSentences(t *testing.T) {
	tests := []struct {
		text string
		want []fig
	}{
		{"92% of staff have completed Level 3 training.", []fig{{"Level 3", "Level 3", 92, false}}},
		{"Level 2 compliance is 85%.", []fig{{"Level 2", "Level 2", 85, true}}},
		{"Level 1 compliance is 95%, Level 2 is 88% and Level 3 is 80%.",
			[]fig{{"Level 1", "Level 1", 95, false}, {"Level 2", "Level 2", 88, true}, {"Level 3", "Level 3", 80, true}}},
		{"Prevent training compliance stands at 87%.", []fig{{"Prevent training compliance", "", 87, true}}},
		{"92.5 per cent of staff completed WRAP training.", []fig{{"WRAP training", "", 92.5, false}}},
		{"Compliance at level 3 has risen from 80% to 90%.", []fig{{"Level 3", "Level 3", 90, false}}},
		{"Mandatory training is at 90% overall.", []fig{{"Mandatory training", "", 90, false}}},
		{"Our overall figure is 89% for training.", []fig{{"Our overall figure", "", 89, true}}},
		{"Compliance for Level 3 training is 78%, against a target of 90%.", []fig{{"Level 3", "Level 3", 78, true}}},
		{"Level 2 – 91%", []fig{{"Level 2", "Level 2", 91, false}}}, // a list item under "Training compliance:"
		{"Staff trained: Level 1 – 95%; Level 2 – 91%; Level 3 – 86% (target 90%).",
			[]fig{{"Level 1", "Level 1", 95, false}, {"Level 2", "Level 2", 91, false}, {"Level 3", "Level 3", 86, true}}},
		{"Training compliance is 95% (Level 1), 91% (Level 2) and 86% (Level 3).",
			[]fig{{"Level 1", "Level 1", 95, false}, {"Level 2", "Level 2", 91, false}, {"Level 3", "Level 3", 86, true}}},
		// Near misses: a change, not a compliance figure; no training; no percentage.
		{"Referrals increased by 20% after the training.", nil},
		{"85% of referrals were appropriate.", nil},
		{"Level 3 training was delivered to 120 staff.", nil},
		{"Training uptake rose by 12 per cent.", nil},
		{"85% of audits were completed on time.", nil},
		{"The audit found 78% compliance with record keeping standards.", nil},
		{"Safeguarding compliance is 93% across the Trust.", []fig{{"Safeguarding compliance", "", 93, false}}},
		{"MCA and DoLS E learning is at 88%.", []fig{{"MCA and DoLS E learning", "", 88, true}}},
	}
	for _, tc := range tests {
		a := one(act, tc.text)
		if got := figs(a); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

func TestTrainingSentenceInList(t *testing.T) {
	// Sentences are split, so each figure keeps its own sentence's level.
	a := one(act, "Level 3 is now mandatory for named staff. Compliance with training at Level 2 is 91%. Dr. Ahmed's team reached 75% compliance at Level 1.")
	want := []fig{{"Level 2", "Level 2", 91, false}, {"Level 1", "Level 1", 75, true}}
	if got := figs(a); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, f := range a.Training {
		if f.From != "sentence" || len(f.Citations) != 1 || f.Citations[0].Index != 1 || f.Citations[0].File != "riverside.docx" {
			t.Errorf("figure %+v: want a sentence figure citing block 1 of riverside.docx", f)
		}
	}
}

func TestTrainingTables(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]string
		want   []fig
		groups []string
	}{
		{"merged group header over number and percent columns",
			[][]string{
				{"Core Practice Courses", "Riverside Acute Services", "", ""},
				{"", "Total Target", "Trained", ""},
				{"", "", "No", "%"},
				{"Safeguarding Level 1", "200", "190", "95%"},
				{"Safeguarding Children Level 3", "50", "40", "80%"},
			},
			[]fig{{"Safeguarding Level 1", "Level 1", 95, false}, {"Safeguarding Children Level 3", "Level 3", 80, true}},
			[]string{"Riverside Acute Services – Trained", "Riverside Acute Services – Trained"}},
		{"bare numbers under a percent header",
			[][]string{{"Course", "Staff", "Compliance %"}, {"Level 2", "300", "89"}, {"Level 3", "40", "90.5"}},
			[]fig{{"Level 2", "Level 2", 89, true}, {"Level 3", "Level 3", 90.5, false}},
			[]string{"Compliance %", "Compliance %"}},
		{"levels across the top",
			[][]string{{"Staff group", "Level 1", "Level 2", "Level 3"}, {"Nursing", "97%", "91%", "78%"}},
			[]fig{{"Level 1", "Level 1", 97, false}, {"Level 2", "Level 2", 91, false}, {"Level 3", "Level 3", 78, true}},
			[]string{"Nursing", "Nursing", "Nursing"}},
		{"a target column is not a figure",
			[][]string{{"Training", "Target", "Compliance"}, {"Level 1", "95%", "92%"}},
			[]fig{{"Level 1", "Level 1", 92, false}}, []string{"Compliance"}},
		{"a bare number under a count header is not a percentage",
			[][]string{{"Course", "Attended"}, {"Level 3 training", "45"}}, nil, nil},
		{"a table not about training",
			[][]string{{"Category", "Share"}, {"Neglect", "45%"}, {"Emotional abuse", "30%"}}, nil, nil},
		{"two figures in one cell are left to a person",
			[][]string{{"Course", "Compliance"}, {"Level 2", "85% (was 80%)"}}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := stmt("Riverside Community Health Trust", "riverside.docx", table(act, tc.rows...))
			a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
			if got := figs(a); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
			for i, f := range a.Training {
				if i < len(tc.groups) && f.Group != tc.groups[i] {
					t.Errorf("figure %d group %q, want %q", i, f.Group, tc.groups[i])
				}
				if f.From != "table" || !strings.HasSuffix(f.Text, "%") && !strings.Contains(tc.rows[0][len(tc.rows[0])-1], "%") {
					t.Errorf("figure %+v: text should be the cell as written", f)
				}
			}
		})
	}
}

func TestTrainingTarget(t *testing.T) {
	s := stmt("Riverside Community Health Trust", "riverside.docx", para(act, "Level 3 training compliance is 84%."))
	for _, tc := range []struct {
		target float64
		below  bool
	}{{90, true}, {80, false}, {84, false}, {84.5, true}} {
		a := Analyse([]*model.Statement{s}, nil, nil, Options{TrainingTarget: tc.target, ThinWords: 40})
		if len(a.Training) != 1 || a.Training[0].BelowTarget != tc.below || a.TrainingTarget != tc.target {
			t.Errorf("target %v: %+v, want below=%v", tc.target, a.Training, tc.below)
		}
	}
	if a := Analyse([]*model.Statement{s}, nil, nil, Options{}); a.TrainingTarget != DefaultTrainingTarget {
		t.Errorf("zero target should mean the default, got %v", a.TrainingTarget)
	}
}

func TestTrainingLeadIns(t *testing.T) {
	bullet := func(text string) blk { return blk{sec: act, text: text, role: "list"} }
	tests := []struct {
		name   string
		blocks []blk
		want   []fig
		groups []string
	}{
		{"list items under a lead naming the level",
			[]blk{para(act, "Level 3 safeguarding training compliance by staff group:"), bullet("Nursing – 85%"), bullet("Medical staff – 91%")},
			[]fig{{"Level 3", "Level 3", 85, true}, {"Level 3", "Level 3", 91, false}}, []string{"Nursing", "Medical staff"}},
		{"list items under a lead naming training but no level",
			[]blk{para(act, "Mandatory training compliance:"), bullet("Prevent – 89%")},
			[]fig{{"Prevent", "", 89, true}}, nil},
		{"list items with no lead are not figures",
			[]blk{para(act, lorem(50)), bullet("Nursing – 85%")}, nil, nil},
		{"a lead in another section does not carry over",
			[]blk{para(act, "Level 3 training compliance:"), blk{sec: out, text: "Referrals – 85%", role: "list"}}, nil, nil},
		{"a table under a lead naming the level",
			[]blk{para(act, "Compliance with Level 3 training"), table(act, []string{"Staff group", "Compliance"}, []string{"Nursing", "85%"})},
			[]fig{{"Level 3", "Level 3", 85, true}}, []string{"Nursing – Compliance"}},
		{"a table whose title cell names the level",
			[]blk{table(act, []string{"Level 2 training", "%"}, []string{"Midwives", "93%"})},
			[]fig{{"Level 2", "Level 2", 93, false}}, []string{"Midwives"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := stmtWithLists("Riverside Community Health Trust", tc.blocks...)
			a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
			if got := figs(a); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
			for i, g := range tc.groups {
				if i < len(a.Training) && a.Training[i].Group != g {
					t.Errorf("figure %d group %q, want %q", i, a.Training[i].Group, g)
				}
			}
		})
	}
}
