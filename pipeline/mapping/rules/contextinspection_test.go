package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// contextinspection.go: an inspection told after the opening under a
// matched context heading goes to inspection, flagged; a context stretch
// that only mentions an inspection in passing, or goes on after it about
// the agency, stays context.
func TestInspectionTailUnderContextHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Rookham Primary School"),
		h(2, "Agency context"),
		para("Rookham Primary School teaches 420 pupils aged 4 to 11."),
		para("The CQC-registered nursery next door is not part of the school."),
		para("Ofsted inspected the school in January 2020 and judged it outstanding; inspectors found that safeguarding was effective."),
		para("The report recommended that governors check the single central record each term."),
		h(2, "Safeguarding activity"), para("Every member of staff completed safeguarding training in September."),
	))
	for _, i := range []int{4, 5} {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("block %d in %s, want inspection (%s)", i, ps[i].Section, ps[i].Evidence)
		}
	}
	checkFlagged(t, ps, 4, 5)
	if ps[2].Section != model.SectionContext || ps[3].Section != model.SectionContext {
		t.Errorf("the school's own opening moved: %s, %s", ps[2].Section, ps[3].Section)
	}

	ps = mapDoc(t, doc(
		h(1, "Rookham Primary School"),
		h(2, "Agency context"),
		para("Rookham Primary School teaches 420 pupils aged 4 to 11."),
		para("Ofsted inspected the school in January 2020 and judged it outstanding, with effective safeguarding."),
		para("The headteacher is the designated safeguarding lead, with two deputies."),
		h(2, "Safeguarding activity"), para("Every member of staff completed safeguarding training in September."),
	))
	if ps[3].Section != model.SectionContext {
		t.Errorf("an inspection in passing, followed by the school's own words, moved to %s", ps[3].Section)
	}
}
