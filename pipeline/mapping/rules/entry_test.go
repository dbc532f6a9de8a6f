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

// TestSectionOpensWhereItsWordsAre: in a statement that stops after its
// activity (the first file of a split statement), plain activity paragraphs
// with no cue for outcomes or successes stay in activity instead of being
// spread over the later sections by their place in the document. Without the
// entry cost the fourth activity paragraph drifts to outcomes.
func TestSectionOpensWhereItsWordsAre(t *testing.T) {
	d := doc(
		para("Brookside Youth Service"),
		para("Brookside Youth Service provides youth work across the borough and employs 40 youth workers."),
		para("The safeguarding team consists of:"),
		item("Head of Youth Service (safeguarding lead)"),
		item("Two senior youth workers"),
		item("A safeguarding administrator"),
		para("All youth workers attended safeguarding training this year."),
		para("We contributed to two case reviews and took part in the exploitation sub-group."),
		para("Our safeguarding policy was updated and published on the intranet."),
		para("The service works in partnership with schools and the police."),
		para("Team leaders work with the local authority's exploitation team."),
	)
	ps, err := defaultMapper(t).Map(t.Context(), d)
	if err != nil {
		t.Fatal(err)
	}
	checkConservation(t, d, ps)
	got := sectionsString(ps)
	if got[1:6] != "ccccc" || got[6:10] != "aaaa" {
		t.Errorf("sections %s, want context for blocks 1-5 and activity for 6-9", got)
	}
}
