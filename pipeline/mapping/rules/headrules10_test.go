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

// documentnotes.go: a subtitle addressed to the board, a note on who
// prepared the return before the first heading, and a purpose line first
// under the first heading go to unmapped, flagged; the agency's text after
// them, and a line saying what the statement covers, stay in context.
func TestDocumentNotesUnmapped(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Quarrington Leisure Trust"),
		para("Return to the Ellerton Safeguarding Children Partnership for 2019-20"),
		para("Our responses to the partnership's questions follow in order. The return was prepared by our head of operations."),
		h(2, "Agency context"),
		para("This statement is the trust's contribution to the partnership's annual report."),
		para("Quarrington Leisure Trust runs five swimming pools and three sports halls for the borough."),
		para("This statement covers our pools, our sports halls and our holiday camps."),
		h(2, "Safeguarding activity"), para("We trained every lifeguard and coach in recognising neglect."),
	))
	for _, i := range []int{1, 2, 4} {
		if ps[i].Section != model.SectionUnmapped {
			t.Errorf("block %d %q went to %s, want unmapped (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Evidence)
		}
	}
	checkFlagged(t, ps, 1, 2, 4)
	for _, i := range []int{5, 6} {
		if ps[i].Section != model.SectionContext {
			t.Errorf("block %d %q went to %s, want context (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Evidence)
		}
	}
}

// results.go: a change told as "fell by" or with the figure in words is a
// result too.
func TestResultsAmongDoingInWords(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Quarrington Leisure Trust"),
		h(2, "Agency context"), para("Quarrington Leisure Trust runs five swimming pools and three sports halls for the borough."),
		h(2, "Safeguarding activity"),
		para("We trained every lifeguard and coach in recognising neglect and how to report it."),
		para("Missed swimming lessons among children on a plan fell by 30% over the year."),
		para("Children waited an average of three weeks for a place, down from nine weeks."),
		h(2, "Areas for development"), para("Next year we will train our casual staff."),
	))
	for _, i := range []int{5, 6} {
		if ps[i].Section != model.SectionOutcomes || ps[i].Confidence >= 0.6 {
			t.Errorf("block %d %q went to %s at %.2f, want outcomes flagged (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// topicdoing.go: service headings in the agency's own words between two
// template headings; a paragraph of doing in one placed in outcomes goes
// to activity, flagged with outcomes as runner-up; a result stays.
func TestDoingUnderOwnTopics(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Quarrington Community Health Trust"),
		h(2, "Agency context"), para("Quarrington Community Health Trust provides district nursing and therapy services across the borough."),
		h(2, "District nursing"), para("Our district nurses visit about 3,000 housebound patients, many of them grandparents who care for children."),
		para("We added a question about children in the household to every first visit."),
		h(2, "Therapy services"), para("Therapists completed level 3 safeguarding training and joined the neglect steering group."),
		para("Referrals from therapists to children's social care rose from 12 to 30."),
		h(2, "Speech and language"), para("The speech and language team held joint clinics with health visitors for toddlers on a child protection plan."),
		h(2, "Key successes"), para("Our district nursing team was shortlisted for a regional award."),
		h(2, "Areas for development"), para("Next year we will audit the household question."),
	))
	for _, i := range []int{5, 7, 10} {
		if ps[i].Section != model.SectionActivity {
			t.Errorf("block %d %q went to %s, want activity (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Evidence)
		}
	}
	// The last topic stands where outcomes is missing: its paragraph of
	// doing is moved, flagged.
	checkFlagged(t, ps, 10)
	if ps[10].RunnerUp != model.SectionOutcomes {
		t.Errorf("block 10: runner-up %q, want outcomes", ps[10].RunnerUp)
	}
	if ps[8].Section != model.SectionOutcomes {
		t.Errorf("the result went to %s (%s)", ps[8].Section, ps[8].Evidence)
	}
}

// siblingtopics.go: a second agency heading in a row that names no section
// keeps the first one's section, but flagged: its description and results
// are not confirmed by the section it stays in.
func TestSiblingTopicsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Quarrington Fire and Rescue Service"),
		h(2, "Background"), para("Quarrington Fire and Rescue Service protects 400,000 people from 15 stations."),
		h(2, "Home safety checks"), para("Crews carried out 6,000 home safety checks and we trained every watch in spotting neglect."),
		h(2, "Water safety"),
		para("We delivered water safety sessions to 90 primary schools and trained lifeguards at two lakes."),
		para("The lakes are busiest in the summer holidays, when many children swim without an adult."),
		h(2, "Looking forward"), para("Next year we will extend home safety checks to families in temporary housing."),
	))
	if ps[7].Section != ps[4].Section {
		t.Fatalf("the second topic went to %s, the first to %s: %s", ps[7].Section, ps[4].Section, sectionsString(ps))
	}
	checkFlagged(t, ps, 6, 7)
}
