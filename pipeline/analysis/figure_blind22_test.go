package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestFigureBlind22Shapes holds the rules written after the blind sets
// held-out 22 and 23, in words of neither: a measure "by staff group",
// cases done "in N% of cases", a change "by N points, to M%", a count
// compared in time, "were" and a participle, a population of about N
// people, a cost of what a verb was done to, "to at least N% X", ceilings,
// shares per staff group in brackets, a list label's staff in brackets,
// a quarter label, a fund that spent.
func TestFigureBlind22Shapes(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Appraisal completion by staff group: wardens 90%, cleaners 72%.",
			want: []string{"90%", "Appraisal completion", "wardens", "achievement", "72%", "Appraisal completion", "cleaners", "achievement"}},
		{lead: "Fire safety training by team:", text: "Night shift: 66%",
			want: []string{"66%", "Fire safety training", "Night shift", "achievement"}},
		{text: "Care plans were reviewed on time in 84% of cases.",
			want: []string{"84%", "Care plans", "", "achievement"}},
		{text: "Late returns fell by 6 points, to 11%.",
			want: []string{"11%", "Late returns", "", "achievement"}},
		{text: "Wardens made 230 welfare calls, compared with 190 in 2024/25.",
			want: []string{"230", "welfare calls", "", "achievement", "190", "welfare calls", "", "achievement"}},
		{text: "At the year end, 61 tenants were rehoused.",
			want: []string{"61", "tenants rehoused", "", "achievement"}},
		{text: "The borough has a resident population of about 88,000 people.",
			want: []string{"88,000", "resident population of people", "", "achievement"}},
		{text: "The trust funded the Open Door drop-in at a cost of £7,300.",
			want: []string{"£7,300", "Open Door drop-in", "", "achievement"}},
		{text: "We will bring each ward to at least 92% fire safety compliance.",
			want: []string{"92%", "fire safety compliance", "", "target"}},
		{text: "We want overdue reviews to stay below 20.",
			want: []string{"20", "overdue reviews", "", "target"}},
		{text: "- Fire safety – 89% (wardens 93%, cleaners 81%)", lead: "Training at 31 March 2026:",
			want: []string{"89%", "Training at 31 March 2026", "Fire safety", "achievement", "93%", "Fire safety", "wardens", "achievement",
				"81%", "Fire safety", "cleaners", "achievement"}},
		{lead: "Fire safety training at 31 March 2026:", text: "Level 2 (wardens and cleaners): 83%",
			want: []string{"83%", "Level 2", "wardens and cleaners", "achievement"}},
		{text: "The welfare fund spent £2,100 on school uniforms.",
			want: []string{"£2,100", "school uniforms", "welfare fund", "achievement"}},
	})
}

// TestFigureQuarterLabel: a period right before a figure is its period.
func TestFigureQuarterLabel(t *testing.T) {
	st := fixtureStatement("Riverside Trust", "riverside.docx", []fixtureBlock{
		{sec: model.SectionActivity, text: "Plans on time: Q1 70%, Q2 75%, Q3 80%."}})
	var got []string
	for _, f := range Analyse([]*model.Statement{st}, nil, nil, DefaultOptions()).Figures {
		got = append(got, f.Text+" "+f.Period)
	}
	want := []string{"70% Q1", "75% Q2", "80% Q3"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got, want)
			break
		}
	}
}
