package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headrules10 round (issue 22, after heldout10 and
// round3/tune9), in words and agencies of neither set. Each fails with its
// rule taken out.

// results.go: under the activity heading, after what was done, a figure
// that changed and people saying what difference it made go to outcomes,
// an award to successes, each flagged with activity as runner-up; a
// paragraph that also says what was done stays in activity.
func TestResultsAmongDoing(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Quarrington Leisure Trust"),
		h(2, "Agency context"), para("Quarrington Leisure Trust runs five swimming pools and three sports halls for the borough."),
		h(2, "Safeguarding activity"),
		para("We trained every lifeguard and coach in recognising neglect and how to report it."),
		para("Concerns reported by our coaches went up from 7 to 40 over the year."),
		para("Parents told us that they now know who to speak to at each centre."),
		para("Our holiday camps were highly commended in the county's sport awards."),
		para("We also ran 60 holiday sessions, and attendance rose from 300 to 520 children."),
		h(2, "Areas for development"), para("Next year we will train our casual staff."),
	))
	want := map[int]model.SectionKey{4: model.SectionActivity, 5: model.SectionOutcomes, 6: model.SectionOutcomes, 7: model.SectionSuccesses, 8: model.SectionActivity}
	for i, sec := range want {
		if ps[i].Section != sec {
			t.Errorf("block %d %q went to %s, want %s (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, sec, ps[i].Evidence)
		}
	}
	checkFlagged(t, ps, 5, 6, 7)
	for _, i := range []int{5, 6, 7} {
		if ps[i].RunnerUp != model.SectionActivity {
			t.Errorf("block %d: runner-up %q, want activity", i, ps[i].RunnerUp)
		}
	}
}
