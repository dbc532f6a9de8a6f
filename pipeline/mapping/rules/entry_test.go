package rules

import (
	"slices"
	"testing"
)

func TestEntryCosts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		score []float64
		cost  float64
		want  []float64
	}{
		{"no cue at all: free to open any section", []float64{0, 0, 0}, 1, []float64{0, 0, 0}},
		{"cues for one section: the others cost", []float64{0, 2, 0}, 1, []float64{1, 0, 1}},
		{"cues for two sections", []float64{0.5, 2, 0}, 0.75, []float64{0, 0, 0.75}},
		{"cost 0 turns it off", []float64{0, 2, 0}, 0, []float64{0, 0, 0}},
	} {
		if got := entryCosts(tc.score, tc.cost); !slices.Equal(got, tc.want) {
			t.Errorf("%s: entryCosts(%v, %v) = %v, want %v", tc.name, tc.score, tc.cost, got, tc.want)
		}
	}
}

// TestSectionOpensWhereItsWordsAre: in a statement without outcomes and
// successes, plain activity paragraphs with no cue for outcomes stay in
// activity instead of being spread over the missing sections by their place
// in the document.
func TestSectionOpensWhereItsWordsAre(t *testing.T) {
	d := doc(
		para("Brookside Youth Service"),
		para("Brookside Youth Service provides youth work across the borough and employs 40 youth workers."),
		para("The service is led by a head of service who is accountable to the director of children's services."),
		para("All youth workers attended safeguarding training this year."),
		para("We contributed to two case reviews and took part in the exploitation sub-group."),
		para("Our safeguarding policy was updated and published on the intranet."),
		para("Supervision of youth workers is carried out monthly by team leaders."),
		para("Youth workers attended strategy meetings for young people at risk of exploitation."),
		para("In the coming year we will strengthen the recording of young people's views."),
		para("We plan to review our information sharing protocol with schools next year."),
	)
	ps, err := defaultMapper(t).Map(t.Context(), d)
	if err != nil {
		t.Fatal(err)
	}
	checkConservation(t, d, ps)
	want := "ccaaaaadd"
	if got := sectionsString(ps)[1:]; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}
