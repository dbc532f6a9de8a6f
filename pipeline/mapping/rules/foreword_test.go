package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// foreword.go: a first-person foreword under its own heading before the
// first section heading goes to context, flagged, whatever its few cue
// words say; the agency speaking as "we" before the first heading is
// left to the other rules.
func TestForewordBeforeTheFirstHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brackley Youth Service"),
		h(2, "Opening words from our Head of Service"),
		para("I have been proud to lead the service through an Ofsted focused visit and a difficult winter."),
		para("Marcus Quill, Head of Service"),
		h(2, "Agency context"), para("Brackley Youth Service runs nine youth centres."),
		h(2, "Areas for development"), para("We will open a tenth centre."),
	))
	for _, i := range []int{1, 2, 3} {
		if ps[i].Section != model.SectionContext {
			t.Errorf("block %d of the foreword in %s (%s)", i, ps[i].Section, ps[i].Evidence)
		}
	}
	checkFlagged(t, ps, 1, 2, 3)
	if ps[5].Section != model.SectionContext || ps[5].Confidence < 0.6 {
		t.Errorf("the statement's own context moved or flagged: %s %.2f", ps[5].Section, ps[5].Confidence)
	}
}
