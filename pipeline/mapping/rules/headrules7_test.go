package rules

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headrules7 round (issue 22, after heldout7 and
// round3/tune6), in words and agencies of neither set. Each fails with its
// rule taken out.

// checkFlagged fails for every block of is placed at 0.6 or above.
func checkFlagged(t *testing.T, ps []model.Placement, is ...int) {
	t.Helper()
	for _, i := range is {
		if ps[i].Confidence >= 0.6 {
			t.Errorf("block %d %q: confidence %.2f, want flagged (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// textinspection.go: an agency heading whose words name no inspection, over
// text that names an inspector and says what an inspection says, opens
// inspection mid-statement; the statement resumes at the next heading.
func TestTextInspectionOpensInspection(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Northgate Community Health"),
		h(2, "Who we are"), para("Northgate Community Health runs district nursing and health visiting for 300,000 people."),
		h(2, "What we did"), para("Every health visitor completed training on coercive control."),
		h(2, "Looking in from outside"),
		para("The Care Quality Commission inspected our community services in October 2019 and rated them good. Inspectors found that staff knew how to raise concerns and recommended better recording of supervision."),
		h(2, "Impact"), para("Referrals from health visitors rose from 80 to 131."),
		h(2, "Next steps"), para("We will audit supervision records each quarter."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "activity/s", "activity/c",
		"inspection/h", "inspection/c", "outcomes/s", "outcomes/c", "development/s", "development/c")
	if c := ps[6].Confidence; c > textInspectionConf {
		t.Errorf("an inspection read from its text alone at %.2f, want at most %.2f", c, textInspectionConf)
	}
}

// Without an inspector in its text, the same heading is the agency's own.
func TestTextInspectionNeedsAnInspector(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Northgate Community Health"),
		h(2, "Who we are"), para("Northgate Community Health runs district nursing and health visiting for 300,000 people."),
		h(2, "What we did"), para("Every health visitor completed training on coercive control."),
		h(2, "Looking in from outside"), para("We asked forty families what they thought of our visits and we changed our leaflets."),
		h(2, "Impact"), para("Referrals from health visitors rose from 80 to 131."),
	))
	if ps[6].Section == model.SectionInspection {
		t.Errorf("text with no inspector opened inspection (%s)", ps[6].Evidence)
	}
}

// textinspection.go and letterheading.go: the agency's own opening (a
// letter under a heading of its own, with no close, then a heading about
// the agency) before an inspection heading: the letter is flagged context,
// the opening is context, the inspection part is mid-statement, and what
// follows it is read from context on.
func TestInspectionAfterTheAgencysOwnOpening(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Riverside Primary School"),
		h(2, "A note from the head"),
		para("Dear partners, I am glad to send our report for the year, which our safeguarding lead has prepared with the governors."),
		h(2, "Our school"),
		para("Riverside Primary School is a community school for 380 pupils aged four to eleven."),
		h(2, "Spring visit"),
		para("Ofsted inspected the school in March 2020 and judged it good. Inspectors found that pupils feel safe and recommended that leaders check records of concerns more often."),
		h(2, "Every day"),
		para("All staff completed safeguarding training in September, and we ran workshops for parents on online safety."),
		h(2, "Highlights"), para("Our school council won the borough's anti-bullying award."),
		h(2, "Next steps"), para("We will check records of concerns every half term."),
	))
	checkPlacements(t, ps, "context/t", "context/h", "context/c", "context/h", "context/c",
		"inspection/h", "inspection/c", "context/h", "activity/c", "successes/s", "successes/c",
		"development/s", "development/c")
	checkFlagged(t, ps, 2)
}

// letterheading.go: a heading over a salutation is a letter up to the next
// heading, though it has no complimentary close.
func TestLetterUnderItsOwnHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Eastbrook College"),
		h(2, "From our principal"),
		para("Dear colleagues, this year's statement was written by our designated safeguarding lead and our student services team."),
		h(2, "Agency context"), para("Eastbrook College teaches 4,000 students aged sixteen and over."),
		h(2, "Safeguarding activity"), para("We trained every tutor in spotting exploitation."),
	))
	checkFlagged(t, ps, 2)
	if !strings.Contains(ps[2].Evidence, "letter") {
		t.Errorf("a letter under its own heading not read as a letter: %s", ps[2].Evidence)
	}
}

// contactdetails.go: contact details and a closing thank-you that end a
// statement go to unmapped, flagged, with a heading over nothing but them;
// a phone number inside the statement's own text stays where it is.
func TestContactDetailsEndingAStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Hillside Housing"),
		h(2, "Agency context"), para("Hillside Housing manages 3,000 homes."),
		h(2, "Safeguarding activity"), para("We printed the helpline number 0808 800 5000 on every rent statement and trained all our caretakers."),
		h(2, "Areas for development"), para("We will train our contractors."),
		para("Our thanks go to every tenant who spoke to us."),
		h(2, "Reaching us"),
		para("Safeguarding officer, Hillside Housing, 2 Mill Lane, Hillside. Telephone 01632 960 111."),
		para("Questions about this statement: safeguard@hillside.example"),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "activity/s", "activity/c",
		"development/s", "development/c", "unmapped/c", "unmapped/h", "unmapped/c", "unmapped/c")
	checkFlagged(t, ps, 7, 9, 10)
}

// A thank-you alone at the end, with no contact details, stays but is
// flagged.
func TestClosingThanksAloneIsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Hillside Housing"),
		h(2, "Agency context"), para("Hillside Housing manages 3,000 homes."),
		h(2, "Areas for development"), para("We will train our contractors."),
		para("Thank you to all our staff for their care this year."),
	))
	if ps[5].Section != model.SectionDevelopment {
		t.Errorf("a thank-you alone moved to %s", ps[5].Section)
	}
	checkFlagged(t, ps, 5)
}

// leadlines.go: under an agency heading, a loose lead line after a sibling
// that opened a section opens its own section; elsewhere a sub-heading
// naming a later section flags its stretch.
func TestLeadLineOpensAfterASibling(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Westmoor Ambulance Service"),
		h(2, "Agency context"), para("Westmoor Ambulance Service answers 900 calls a day."),
		h(2, "Safeguarding activity"), para("We trained every call handler."),
		h(2, "Outcomes"), para("Referrals from crews rose by a fifth."),
		h(2, "The year in review"),
		bold("Key successes"), para("Our safeguarding app was adopted by two neighbouring services."),
		bold("What we still need to do better"), para("Crews do not always hear back about the referrals they make, and we will fix that."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "activity/s", "activity/c",
		"outcomes/s", "outcomes/c", "outcomes/h", "successes/s", "successes/c", "development/s", "development/c")
	if c := ps[11].Confidence; c > leadLineConf {
		t.Errorf("a loose lead line opened its section at %.2f, want at most %.2f", c, leadLineConf)
	}
}

func TestSubHeadingNamingALaterSectionIsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Westmoor Ambulance Service"),
		h(2, "Agency context"), para("Westmoor Ambulance Service answers 900 calls a day."),
		h(2, "Safeguarding activity"), para("We trained every call handler."),
		h(3, "Did it help?"), para("Crews told us the training gave them confidence."),
		h(2, "Key areas for development"), para("We will audit referrals."),
	))
	if ps[6].Section != model.SectionActivity {
		t.Fatalf("the stretch under a deeper loose heading moved to %s", ps[6].Section)
	}
	checkFlagged(t, ps, 6)
	if ps[6].RunnerUp != model.SectionOutcomes {
		t.Errorf("runner-up %q, want outcomes", ps[6].RunnerUp)
	}
}

// gapchoice.go: of several agency headings in a gap, the first stays in the
// section before when its words point there; the gap opens at the next.
func TestGapOpensWhereTheTextTurns(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Lakeside Homes"),
		h(2, "Our organisation"), para("Lakeside Homes is a housing association with 4,000 homes."),
		h(2, "Oversight"), para("Our chief executive is the accountable officer for safeguarding, and a board member is our safeguarding champion."),
		h(2, "Frontline work"), para("This year we trained 200 staff and made 40 joint visits with the police."),
		h(2, "Impact"), para("Concerns raised by staff rose from 30 to 75."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "context/h", "context/c",
		"activity/h", "activity/c", "outcomes/s", "outcomes/c")
}

// ownorder.go: the agency's plans and figures under its own headings before
// the template's first heading go where their words point, flagged.
func TestOwnOrderBeforeTheFirstMatchedHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Southfield Probation"),
		h(2, "First, the road ahead"),
		item("Improve our checks with children's services at the start of every order."),
		item("Extend home visits to every case with children in the household."),
		h(2, "Counting"),
		para("Checks completed at the start of an order rose from 60% to 85%, compared with last year."),
		h(2, "About us"), para("Southfield Probation supervises 1,200 adults in the community."),
		h(2, "What we did"), para("Every practitioner attended a workshop on parental offending."),
	))
	checkPlacements(t, ps, "development/t", "development/h", "development/c", "development/c",
		"outcomes/h", "outcomes/c", "context/s", "context/c", "activity/s", "activity/c")
	checkFlagged(t, ps, 2, 3, 5)
}

// textdisagrees.go: under a loosely matched heading, a block whose own
// words point to another section and say nothing for the heading's is
// flagged; under an exact wording it is trusted.
func TestLooseHeadingOverOtherText(t *testing.T) {
	blocks := func(heading string) []model.Placement {
		return mapDoc(t, doc(
			h(1, "Ashgrove Youth Service"),
			h(2, "Agency context"), para("Ashgrove Youth Service runs six youth clubs."),
			h(2, "Safeguarding activity"), para("We trained every youth worker."),
			h(2, heading),
			para("We will open a seventh club in the spring."),
			para("Youth workers attended training on exploitation and delivered sessions in every club this year."),
		))
	}
	ps := blocks("Our clubs in the future")
	if ps[7].Section != model.SectionDevelopment {
		t.Fatalf("block 7 in %s, want development kept (%s)", ps[7].Section, ps[7].Evidence)
	}
	checkFlagged(t, ps, 7)
	if ps[7].RunnerUp != model.SectionActivity {
		t.Errorf("runner-up %q, want activity", ps[7].RunnerUp)
	}
	if ps[6].Confidence < 0.6 {
		t.Errorf("a plan under a plans heading flagged (%s)", ps[6].Evidence)
	}
	ps = blocks("Key areas for development")
	if ps[7].Confidence < 0.6 {
		t.Errorf("under an exact wording a block was flagged (%s)", ps[7].Evidence)
	}
}

// textinspection.go: figures before an inspection heading that follows the
// agency's own first heading are placed from context on, but flagged when
// their words do not say context.
func TestOpeningBeforeAnInspectionIsDoubted(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brookfield Care Trust"),
		h(2, "At a glance"),
		para("1,870 home visits were made by our care workers."),
		para("88% of carers finished their training."),
		para("52 concerns were passed to the council."),
		h(2, "CQC inspection, June 2019"),
		para("The Care Quality Commission inspected the trust and rated it good. Inspectors found that staff knew how to raise concerns and recommended clearer supervision records."),
		h(2, "Our work"), para("We trained every care worker in spotting neglect."),
	))
	if ps[6].Section != model.SectionInspection {
		t.Fatalf("the inspection part went to %s (%s)", ps[6].Section, ps[6].Evidence)
	}
	checkFlagged(t, ps, 2, 3, 4)
}

// gap.go: an agency heading in a gap whose words say nothing for the
// missing section is placed there by where it stands alone: flagged.
func TestGapWithoutWordsIsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Millbeck Library Service"),
		h(2, "Agency context"), para("Millbeck Library Service runs nine libraries."),
		h(2, "Behind the counter"), para("Nine branches, two mobile vans and a home delivery round."),
		h(2, "Outcomes"), para("Concerns raised by library staff rose from 4 to 19."),
	))
	if ps[4].Section != model.SectionActivity {
		t.Fatalf("the gap stretch went to %s (%s)", ps[4].Section, ps[4].Evidence)
	}
	checkFlagged(t, ps, 4)
}

// unmatched.go: an agency heading's stretch moved to a later section by its
// words alone is flagged (such moves were right 8 times in 14 over the
// round 3 sets).
func TestMovedByTextIsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Oakhurst Leisure Trust"),
		h(2, "Agency context"), para("Oakhurst Leisure Trust runs four pools and two gyms."),
		h(2, "Lane ropes and lifeguards"), para("Our lifeguard team won a national award and was shortlisted for another."),
		h(2, "Key areas for development"), para("We will train our reception staff."),
	))
	if ps[4].Section != model.SectionSuccesses {
		t.Fatalf("the stretch went to %s (%s)", ps[4].Section, ps[4].Evidence)
	}
	checkFlagged(t, ps, 4)
}

// textinspection.go: an inspector's praise told as a success reads as an
// inspection too; when the words under the heading also point clearly to
// another section, a part found by its text is flagged.
func TestTextInspectionPraiseIsDoubted(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Fernbank Children's Homes"),
		h(2, "Agency context"), para("Fernbank Children's Homes runs three small homes for children in care."),
		h(2, "Safeguarding activity"), para("We trained every residential worker in restraint reduction."),
		h(2, "A year to remember"),
		para("At her visit in June the Ofsted inspector found that staff know each child well and judged Hillview outstanding; our team also won the county's care award and was shortlisted for a national prize."),
		h(2, "Key areas for development"), para("We will recruit two more night staff."),
	))
	if ps[6].Section == model.SectionInspection {
		checkFlagged(t, ps, 6)
	}
}
