package rules

import (
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for formlines.go and plausible.go (issue 22, after the
// blind heldout6 read).

// A return form's guidance, field and contact lines go to unmapped,
// flagged, kept whole; the agency's own text under the same heading stays.
func TestFormLinesUnmapped(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Linford School"),
		h(2, "Agency Context (no more than 150 words)"),
		para("Guidance: describe your organisation and the children it serves."),
		para("Linford School teaches 420 pupils aged four to eleven."),
		h(2, "Key Areas for Development (up to three)"),
		para("(Please keep to three priorities.)"),
		para("We will train our lunchtime staff in spotting signs of neglect."),
		para("Completed by: Headteacher"),
		para("For any questions about this return, please contact the school office."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "unmapped/c", "context/c",
		"development/s", "unmapped/c", "development/c", "unmapped/c", "unmapped/c")
	for _, i := range []int{2, 5, 7, 8} {
		if ps[i].Confidence >= 0.6 {
			t.Errorf("block %d: confidence %.2f, want flagged (%s)", i, ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// A long paragraph that opens "Please ..." is the agency's text, not an
// instruction; a short one is.
func TestFormLineNeedsShortLine(t *testing.T) {
	if _, ok := isFormLine("Please describe the training you gave."); !ok {
		t.Error("a short instruction was not read as a form line")
	}
	long := "Please note that during the year we trained every member of staff, audited our records twice, " +
		"worked with the local authority on a new protocol, and joined the partnership's neglect group, " +
		"which met every month and produced a toolkit for schools across the borough."
	if _, ok := isFormLine(long); ok {
		t.Error("a long paragraph opening \"Please\" was read as a form line")
	}
}

// A statement with several headings whose placement ends nearly all in one
// section is flagged there; one spread over its sections is not.
func TestImplausibleOneSectionIsFlagged(t *testing.T) {
	blocks := []model.Block{h(1, "Ryecroft Trust"), h(2, "Agency context")}
	for k := range 14 {
		if k%5 == 0 {
			blocks = append(blocks, h(2, fmt.Sprintf("Part %c", 'A'+k/5)))
		}
		blocks = append(blocks, para(fmt.Sprintf("The trust runs service number %d for families in the district.", k+1)))
	}
	ps := mapDoc(t, doc(blocks...))
	flagged := 0
	for _, p := range ps {
		if p.Role == model.RoleContent && p.Section == model.SectionContext && p.Confidence < 0.6 {
			flagged++
		}
	}
	if flagged < 10 {
		t.Errorf("%d context blocks flagged, want nearly all of 14", flagged)
	}
	// Spread over sections: nothing flagged by the check.
	ps = mapDoc(t, doc(
		h(1, "Ryecroft Trust"),
		h(2, "Agency context"), para("The trust owns 900 homes."),
		h(2, "Safeguarding activity"), para("We trained every housing officer."),
		h(2, "Key areas for development"), para("Next year we will review our hostel policy."),
	))
	for _, p := range ps {
		if p.Confidence < 0.6 {
			t.Errorf("%s %.2f flagged in a plausible statement (%s)", p.Section, p.Confidence, p.Evidence)
		}
	}
}
