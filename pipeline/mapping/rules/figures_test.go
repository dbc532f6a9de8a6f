package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestFigureLine(t *testing.T) {
	p := &plan{blocks: []model.Block{
		para("1,420 safeguarding children referrals"),
		item("96% of staff trained"),
		para("Referrals: 310"),
		para("We made 120 home visits to families with children, and shared information in every case."),
		para("Training for all staff"),
		table([]string{"a", "1"}),
	}}
	want := []bool{true, true, true, false, false, false}
	for i, w := range want {
		if got := p.figureLine(i); got != w {
			t.Errorf("figureLine(%q) = %v, want %v", p.blocks[i].PlainText(), got, w)
		}
	}
	if runs := p.figureRuns(0, len(p.blocks)); runs[0] != 3 || runs[2] != 3 || runs[3] != 0 {
		t.Errorf("figureRuns = %v, want the first three in one run ending at 3", runs)
	}
}

// TestFigureRunStaysTogether: a run of one-figure lines after a lead-in
// goes with the lead-in, not half into the next section (issue 22: a run of
// one-figure lines opening a section).
func TestFigureRunStaysTogether(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Northfield Hospital"),
		para("Northfield Hospital runs an acute hospital of 750 beds and is led by a chief executive."),
		para("The safeguarding team ran extra training sessions for doctors, including at induction."),
		para("In the year the team also dealt with:"),
		para("1,420 safeguarding children referrals"),
		para("530 safeguarding adults concerns"),
		para("88 cases of domestic abuse disclosed in maternity"),
		para("Checks against the information system are now made for 99% of children, up from 60%."),
		para("Training compliance for medical staff rose from 64% to 90% as a result."),
		para("Our maternity safeguarding midwife received the hospital's employee of the year award."),
		para("Next year we will appoint a weekend safeguarding nurse for the emergency department."),
	))
	for i := 4; i <= 6; i++ {
		if ps[i].Section != ps[3].Section {
			t.Errorf("block %d %q: %s, its lead-in %s", i, ps[i].Block.PlainText(), ps[i].Section, ps[3].Section)
		}
	}
}

// TestShortLeadInKeepsItsList: a short line that does not end like a
// sentence keeps the list after it, as a colon would (issue 22: lists and
// their lead-ins on the wrong side of a boundary).
func TestShortLeadInKeepsItsList(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Ravenfield Ambulance Service"),
		para("Ravenfield Ambulance Service covers four counties and is led by a chief executive."),
		para("We trained all frontline staff in recognising exploitation and introduced an electronic referral form."),
		para("We also delivered training sessions on"),
		item("recognising exploitation, which 96% of crews said improved their confidence"),
		item("the new referral form, which has cut delays from three days to an hour"),
		para("Referrals reach the local authority within an hour, compared with three days before, as a result."),
		para("Our control room champions were given a team award by the trust board."),
		para("Next year we will extend exploitation training to call handlers."),
	))
	for i := 4; i <= 5; i++ {
		if ps[i].Section != ps[3].Section {
			t.Errorf("item %d: %s, its lead-in %s", i, ps[i].Section, ps[3].Section)
		}
	}
}
