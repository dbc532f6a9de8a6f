package analysis

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// shapeCase is a paragraph (or, with list, a list item under a lead) and
// the figures it gives: value, measure, group, kind for each, in order.
type shapeCase struct {
	lead, text string
	want       []string
}

// checkShapes runs each case and compares every figure's text, measure,
// group and kind exactly.
func checkShapes(t *testing.T, cases []shapeCase) {
	t.Helper()
	for _, tc := range cases {
		var bs []fixtureBlock
		if tc.lead != "" {
			bs = append(bs, fixtureBlock{sec: model.SectionActivity, text: tc.lead})
		}
		bs = append(bs, fixtureBlock{sec: model.SectionActivity, text: tc.text, list: tc.lead != ""})
		a := Analyse([]*model.Statement{fixtureStatement("Riverside Trust", "riverside.docx", bs)}, nil, nil, DefaultOptions())
		var got []string
		for _, f := range a.Figures {
			got = append(got, f.Text, f.Measure, f.Group, string(f.Kind))
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestFigureShareShapes: shares "of them" take the count before them, or
// the whole the sentence opens with; shares for groups in one clause share
// what they measure; "N staff (P%) completed X" measures X.
func TestFigureShareShapes(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "We completed 210 reviews, 88% of these within timescale.",
			want: []string{"210", "reviews", "", "achievement", "88%", "reviews within timescale", "", "achievement"}},
		{text: "Staff raised 200 alerts, 30% of which were about self-neglect.",
			want: []string{"200", "alerts", "", "achievement", "30%", "self-neglect", "alerts", "achievement"}},
		{text: "The team made 640 visits, 12% of which found hazards.",
			want: []string{"640", "visits", "", "achievement", "12%", "found hazards", "visits", "achievement"}},
		{text: "The number of children on a plan fell to 310, of whom 44% had been on a plan before.",
			want: []string{"310", "children on a plan", "", "achievement", "44%", "on a plan before", "children on a plan", "achievement"}},
		{text: "Of those referred, 88% were seen within 28 days.",
			want: []string{"88%", "seen within 28 days", "those referred", "achievement"}},
		{text: "75% of schools and 60% of nurseries returned the audit.",
			want: []string{"75%", "returned the audit", "schools", "achievement", "60%", "returned the audit", "nurseries", "achievement"}},
		{text: "Level 3 training: 91% of GPs, 84% of practice nurses and 70% of receptionists had completed it.",
			want: []string{"91%", "Level 3 training", "GPs", "achievement", "84%", "Level 3 training", "practice nurses", "achievement",
				"70%", "Level 3 training", "receptionists", "achievement"}},
		{text: "Prevent training had reached 91% of teachers and 76% of support staff by July.",
			want: []string{"91%", "Prevent training", "teachers", "achievement", "76%", "Prevent training", "support staff", "achievement"}},
		{text: "Supervision rates were 88% for social workers and 79% for family support workers.",
			want: []string{"88%", "Supervision rates", "social workers", "achievement", "79%", "Supervision rates", "family support workers", "achievement"}},
		{text: "Overall 1,204 staff (91%) have attended Prevent training.",
			want: []string{"1,204", "Prevent training", "staff", "achievement", "91%", "Prevent training", "staff", "achievement"}},
		{text: "The MASH screened 6,200 contacts; 1,150 of these (19%) went on to a strategy discussion.",
			want: []string{"6,200", "contacts", "", "achievement", "1,150", "went on to a strategy discussion", "contacts", "achievement",
				"19%", "went on to a strategy discussion", "contacts", "achievement"}},
		{text: "Of the 430 young people open to the service, 23% were girls.",
			want: []string{"430", "young people open to the service", "", "achievement", "23%", "girls", "young people open to the service", "achievement"}},
		{text: "1,032 colleagues (97%) have now completed their annual update.",
			want: []string{"1,032", "annual update", "colleagues", "achievement", "97%", "annual update", "colleagues", "achievement"}},
		{text: "Around 230 GPs (76%) took part in the safeguarding update.",
			want: []string{"230", "safeguarding update", "GPs", "achievement", "76%", "safeguarding update", "GPs", "achievement"}},
	})
}

// TestFigureListParticiple: a list item "N noun participle ..." is named
// by all its words, and its share in brackets by the same.
func TestFigureListParticiple(t *testing.T) {
	lead := "Early help in the autumn term:"
	checkShapes(t, []shapeCase{
		{lead: lead, text: "112 contacts (41%) progressed to an assessment",
			want: []string{"112", "contacts progressed to an assessment", "", "achievement", "41%", "contacts progressed to an assessment", "", "achievement"}},
		{lead: lead, text: "27 cases escalated to the Board",
			want: []string{"27", "cases escalated to the Board", "", "achievement"}},
		{lead: lead, text: "18 young people held in custody",
			want: []string{"18", "young people held in custody", "", "achievement"}},
	})
}

// TestFigureTargetShapes: a sentence opening with its target, aim or
// ambition, and a bare deadline ahead, make targets; a deadline with a
// verb of what happened does not.
func TestFigureTargetShapes(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Targets for 2026/27 are 400 return interviews and 90% of them within 72 hours.",
			want: []string{"400", "return interviews", "", "target", "90%", "return interviews within 72 hours", "", "target"}},
		{text: "The target for next year is 95% of referrals screened within 24 hours.",
			want: []string{"95%", "referrals screened within 24 hours", "", "target"}},
		{text: "Next year's goal: 2,000 Early Help Assessments.",
			want: []string{"2,000", "Early Help Assessments", "", "target"}},
		{text: "Our ambition: 100 more foster carers by 2027.",
			want: []string{"100", "more foster carers", "", "target"}},
		{text: "Level 3 compliance of 95% by March 2027.",
			want: []string{"95%", "Level 3 compliance", "", "target"}},
		{text: "By March 2026, 1,105 ward staff had completed the sexual safety course.",
			want: []string{"1,105", "sexual safety course", "ward staff", "achievement"}},
		{text: "We expect 350 people to take up direct payments next year.",
			want: []string{"350", "direct payments", "people", "target"}},
		{text: "Our plan is for 200 young people to attend the summer scheme.",
			want: []string{"200", "summer scheme", "young people", "target"}},
		{text: "The plan was approved and 45 staff attended the launch.",
			want: []string{"45", "launch", "staff", "achievement"}},
		{text: "The target is for 100% of staff to complete the training by March 2027; currently 81% have done so.",
			want: []string{"100%", "training", "staff", "target", "81%", "training", "", "achievement"}},
		{text: "Our aims were met: 95% of staff trained.",
			want: []string{"95%", "staff trained", "", "achievement"}},
		{text: "The aim of the hub is to help families early; it supported 312 families.",
			want: []string{"312", "supported families", "", "achievement"}}, // a count of people a verb took (figure_peopleobject.go)
	})
}

// TestFigureComparatorShapes: a figure compared from another place or
// body is named by it, with the figure compared as its group; one compared
// in time keeps the measure.
func TestFigureComparatorShapes(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Compliance was 81%, below the national average of 86%.",
			want: []string{"81%", "Compliance", "", "achievement", "86%", "national average", "Compliance", "achievement"}},
		{text: "Repeat referrals were 19% compared with 22% in statistical neighbours.",
			want: []string{"19%", "Repeat referrals", "", "achievement", "22%", "in statistical neighbours", "Repeat referrals", "achievement"}},
		{text: "Attendance was 90%, in line with the college average of 92%.",
			want: []string{"90%", "Attendance", "", "achievement", "92%", "college average", "Attendance", "achievement"}},
		{text: "Exclusions fell to 3.1%, compared with 4.5% nationally and 3.9% across the county.",
			want: []string{"3.1%", "Exclusions", "", "achievement", "4.5%", "nationally", "Exclusions", "achievement",
				"3.9%", "across the county", "Exclusions", "achievement"}},
		{text: "Our re-referral rate of 18% compares with 22% for our statistical neighbours.",
			want: []string{"18%", "re-referral rate", "", "achievement", "22%", "for our statistical neighbours", "re-referral rate", "achievement"}},
		{text: "The rate was 42 per 10,000 children, compared with 50 in England.",
			want: []string{"42", "rate", "", "achievement", "50", "in England", "rate", "achievement"}},
		{text: "Satisfaction was 80%, against 75% last year.",
			want: []string{"80%", "Satisfaction", "", "achievement", "75%", "Satisfaction", "", "achievement"}},
	})
}

// TestFigureMoneyShapes: a sum is named by what it pays for or costs.
func TestFigureMoneyShapes(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The council has committed £250,000 to fund a new edge of care team.",
			want: []string{"£250,000", "edge of care team", "", "achievement"}},
		{text: "The helpline is funded with £14,000 a year.",
			want: []string{"£14,000", "helpline", "", "achievement"}},
		{text: "Funding of £60,000 from the ICB pays for a named nurse.",
			want: []string{"£60,000", "named nurse", "", "achievement"}},
		{text: "A £35,000 grant paid for two youth workers.",
			want: []string{"£35,000", "youth workers", "", "achievement"}},
		{text: "This post, funded by a £42,000 grant from the police and crime commissioner, started in May.",
			want: []string{"£42,000", "post", "", "achievement"}},
		{text: "We plan to spend £15,000 on training for foster carers in 2026/27.",
			want: []string{"£15,000", "training for foster carers", "", "target"}},
		{text: "We received £48,500 from the Big Lottery Fund for the young carers project.",
			want: []string{"£48,500", "young carers project", "Big Lottery Fund", "achievement"}},
		{text: "A further £20,000 has been secured to extend the service to Northgate.",
			want: []string{"£20,000", "service", "", "achievement"}},
		{text: "The new family hub opened in June at a cost of £410,000.",
			want: []string{"£410,000", "family hub", "", "achievement"}},
	})
}
