package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headingless shapes of the lessrules2 round (issue
// 22, heldout8 and heldout9 read with their headings taken out; other
// agencies and wordings than round3/tuneless6). Each fails with its rule
// taken out.

// The closing run of a headingless statement (a signature, a name and
// address line, an e-mail and phone line, after a thank-you) goes to
// unmapped, flagged; the plans before it stay in development.
func TestHeadlessEndingRun(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Brockhurst Leisure Trust safeguarding statement 2019-20"),
		para("Brockhurst Leisure Trust runs eleven swimming pools and sports centres used by 40,000 children each year. The Head of Operations leads on safeguarding."),
		para("We trained all 380 lifeguards and coaches in safeguarding, and every centre now has a named welfare officer."),
		para("Concerns raised by our staff rose from 12 to 35, compared with the year before, and every one was passed on within a day."),
		para("In 2020-21 we will train our casual staff and holiday club volunteers."),
		para("We will also ask young swimmers what would make them feel safer in changing rooms."),
		para("Thank you to our welfare officers for their work this year."),
		para("Welfare lead: Brockhurst Sports Centre, Quarry Road, Brockhurst"),
		para("welfare@brockhurstleisure.example, 01632 964 120"),
	))
	for i := 6; i <= 8; i++ {
		if ps[i].Section != model.SectionUnmapped || ps[i].Confidence >= 0.6 {
			t.Errorf("closing block %d %q: %s %.2f (%s); want unmapped, flagged", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	for i := 4; i <= 5; i++ {
		if ps[i].Section != model.SectionDevelopment {
			t.Errorf("plan %d: %s %.2f; want development", i, ps[i].Section, ps[i].Confidence)
		}
	}
}

// A thank-you alone, or a plan naming a phone line, ends no statement as a
// closing run: they are the agency's text.
func TestHeadlessEndingNeedsMoreThanThanks(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Brockhurst Leisure Trust safeguarding statement 2019-20"),
		para("Brockhurst Leisure Trust runs eleven swimming pools and sports centres used by 40,000 children each year."),
		para("We trained all 380 lifeguards and coaches in safeguarding this year."),
		para("In 2020-21 we will open a welfare line for parents, staffed every weekday."),
		para("Thank you to our welfare officers for their work this year."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section == model.SectionUnmapped {
			t.Errorf("block %d %q: unmapped (%s); no contact detail ends the statement", i, ps[i].Block.PlainText(), ps[i].Evidence)
		}
	}
}

// A preface about the statement and a signed first-person foreword at the
// start of a headingless statement: the preface and the foreword go to
// context, flagged; the foreword's signature to unmapped, flagged; the
// agency's description after them stays context.
func TestHeadlessOpeningPrefaceAndForeword(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Tamworth Vale Clinical Commissioning Group"),
		para("This statement is provided to the Tamworth Vale Safeguarding Partnership for its annual report and covers the year from April 2019 to March 2020."),
		para("It has been a demanding year for general practice, and I want to thank our designated professionals and the 38 practices for their commitment to children."),
		para("Olivia Brennan, Chief Nurse"),
		para("Tamworth Vale Clinical Commissioning Group commissions health care for 310,000 people. The designated nurse leads on safeguarding children."),
		para("We trained 45 practice nurses in level 3 safeguarding and audited referrals from every practice."),
		para("We will support practices to code children at risk in the same way in 2020-21."),
	))
	for _, i := range []int{1, 2} {
		if ps[i].Section != model.SectionContext || ps[i].Confidence >= 0.6 {
			t.Errorf("opening block %d %q: %s %.2f (%s); want context, flagged", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[3].Section != model.SectionUnmapped || ps[3].Confidence >= 0.6 {
		t.Errorf("the foreword's signature: %s %.2f (%s); want unmapped, flagged", ps[3].Section, ps[3].Confidence, ps[3].Evidence)
	}
	if ps[4].Section != model.SectionContext {
		t.Errorf("the description: %s %.2f; want context", ps[4].Section, ps[4].Confidence)
	}
}

// An inspection part in a headingless statement ends at the agency's own
// response and measures after it, though they name the inspection; the
// inspectors' own figures stay in the part.
func TestHeadlessInspectionEndsAtOwnResults(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Ravensholme Hospital NHS Trust safeguarding statement 2019-20"),
		para("Ravensholme Hospital NHS Trust runs a district general hospital and a birth centre. The Chief Nurse is the executive lead for safeguarding."),
		para("We gave level 3 training to 520 clinical staff and began recording the adult with every child who attends the emergency department."),
		para("The Care Quality Commission inspected the trust in June 2019 and rated it good overall."),
		para("Inspectors found that 64% of children's records named the accompanying adult, and the report asked the trust to improve this."),
		para("Records naming the accompanying adult rose from 64% at the time of the inspection to 97% in March."),
		para("A re-audit of 80 maternity records in January found that every woman had been asked about domestic abuse, though the inspection had noted gaps."),
		para("In 2020-21 we will extend the same checks to the children's ward."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("inspection block %d %q: %s %.2f; want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence)
		}
	}
	for i := 5; i <= 6; i++ {
		if ps[i].Section == model.SectionInspection {
			t.Errorf("own result %d %q: inspection %.2f (%s); the part ends before it", i, ps[i].Block.PlainText(), ps[i].Confidence, ps[i].Evidence)
		}
		if ps[i].Section != model.SectionOutcomes && ps[i].Confidence >= 0.6 {
			t.Errorf("own result %d: %s %.2f; want outcomes or flagged", i, ps[i].Section, ps[i].Confidence)
		}
	}
}

// A figure set against the time of an inspection, review or audit is
// outcomes evidence, as one set against another year is.
func TestComparisonWithTheInspectionsTime(t *testing.T) {
	for text, want := range map[string]bool{
		"Rates rose from 58% at the time of the inspection to 91% in March.":                          true,
		"Volunteers who could name the lead rose to 88%, against 61% at the time of the peer review.": true,
		"We trained 120 staff at the time of the inspection.":                                         false,
	} {
		if got := periodComparison.Get().MatchString(text); got != want {
			t.Errorf("%q: a comparison %v, want %v", text, got, want)
		}
	}
}

// The agency's own audit finding something is outcomes evidence: in a
// headingless statement it goes to outcomes, not with the activity before
// it; the agency auditing (what was done) stays activity.
func TestAuditFindingIsOutcomesEvidence(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Marbury Hospice safeguarding statement"),
		para("Marbury Hospice cares for 90 adults and 40 children with life-limiting illness. The Director of Care leads on safeguarding."),
		para("We audited consent records on both wards in March and shared the results with each ward manager."),
		para("Ward staff began recording consent for information sharing at every admission, and trained volunteers in the new form."),
		para("A follow-up audit in June found that consent was recorded in 38 of 40 records, and every school was told of a death within two days."),
		para("In 2020-21 we will extend the consent form to our day service."),
	))
	for i, want := range map[int]model.SectionKey{2: model.SectionActivity, 4: model.SectionOutcomes} {
		if ps[i].Section != want {
			t.Errorf("block %d %q: %s %.2f (%s); want %s", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence, want)
		}
	}
}

// A peer review reported mid-statement, its reviewers the subject and
// "reviewed" its verb, opens an inspection part as an inspection does.
func TestHeadlessPeerReviewMidStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Hallam Bridge Youth Service"),
		para("Hallam Bridge Youth Service runs six youth clubs and a street work team for young people aged 11 to 19. The Youth Service Manager leads on safeguarding."),
		para("Youth workers completed training on exploitation and mapped the places young people said felt unsafe."),
		para("Peer reviewers from the regional youth work network reviewed our clubs in February, talking to young people, staff and partners."),
		para("The reviewers found that young people trusted staff, and recommended clearer guidance for sessional workers on recording concerns."),
		para("In 2020-21 we will publish that guidance and train every sessional worker in it."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("peer review block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[5].Section != model.SectionDevelopment {
		t.Errorf("the plan after it: %s %.2f; want development", ps[5].Section, ps[5].Confidence)
	}
}

// The agency's units as the subject with a past verb of doing ("All our
// libraries moved to ...", "Every branch began ...") tell what was done,
// as its staff doing so do (staffdoing.go): activity evidence.
func TestUnitsDoingIsActivity(t *testing.T) {
	m := defaultMapper(t)
	p := newPlan(m, doc(
		para("Kelderby Libraries"),
		para("All our libraries moved to a single system for logging concerns in October, replacing the paper book kept at each counter."),
		para("Every branch began a weekly homework club staffed by two trained volunteers."),
		para("Libraries are a safe place for many children after school."),
	).Blocks)
	for i, want := range map[int]bool{1: true, 2: true, 3: false} {
		if got := p.staffDoing(i); got != want {
			t.Errorf("block %d %q: doing %v, want %v", i, p.blocks[i].PlainText(), got, want)
		}
	}
}

// An independent audit by an outside body opening a headingless statement
// is a leading inspection part, its auditors' recommendations with it; the
// agency's own section 11 audit opens nothing.
func TestHeadlessIndependentAuditFirst(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Eastwold Methodist District: safeguarding statement 2019-20"),
		para("The Churches Safeguarding Trust carried out an independent audit of safeguarding in the district in January 2020."),
		para("The auditors found that chapels knew how to report concerns, and made the following recommendations:"),
		item("that every chapel should name a safeguarding officer;"),
		item("that the district should review its safer recruitment checks each year."),
		para("The Eastwold Methodist District has 64 chapels and 2,100 members. The district safeguarding officer leads on safeguarding."),
		para("We trained 140 stewards and youth leaders this year."),
	))
	for i := 1; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("audit block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[5].Section != model.SectionContext {
		t.Errorf("the description after it: %s %.2f; want context", ps[5].Section, ps[5].Confidence)
	}
	own := mapDoc(t, doc(
		para("Eastwold District Council"),
		para("Eastwold District Council completed the board's section 11 audit in January and found that its policies met every standard."),
		para("We trained 140 staff this year."),
	))
	if own[1].Section == model.SectionInspection {
		t.Errorf("the agency's own audit: inspection (%s)", own[1].Evidence)
	}
}

// A body named in capitals that inspected the agency, mid-statement, opens
// an inspection part whatever its name; one of the agency's own roles
// inspecting opens nothing.
func TestHeadlessNamedBodyInspected(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Fellgate Community Transport: safeguarding statement 2019-20"),
		para("Fellgate Community Transport drives 300 children with special needs to school each day. The Operations Manager leads on safeguarding."),
		para("We trained all 85 drivers and passenger assistants in safeguarding and introduced a log for concerns raised on journeys."),
		para("The Driver and Vehicle Standards Agency inspected two of our depots in May and found that records of checks were complete."),
		para("The inspection recommended that passenger assistants carry a card with the safeguarding lead's number."),
		para("In 2020-21 we will give every passenger assistant that card."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("inspection block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	own := mapDoc(t, doc(
		para("Fellgate Community Transport: safeguarding statement 2019-20"),
		para("Fellgate Community Transport drives 300 children with special needs to school each day."),
		para("We trained all 85 drivers in safeguarding this year."),
		para("The Head of Transport inspected every vehicle in May and found that two lacked a first aid kit, which should always be carried."),
		para("In 2020-21 we will check every vehicle each term."),
	))
	if own[3].Section == model.SectionInspection {
		t.Errorf("the agency's own role inspecting: inspection (%s)", own[3].Evidence)
	}
}

// Others taking up the agency's work, or the agency first to do
// something, is a success: in a headingless statement such a paragraph
// after the results goes to successes, not outcomes.
func TestTakenUpIsASuccess(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Corrowby Health Visiting Service: safeguarding statement 2019-20"),
		para("Corrowby Health Visiting Service sees every family with a child under five in the borough. The Head of Service leads on safeguarding."),
		para("We trained all 64 health visitors in the neglect toolkit and audited its use twice."),
		para("Families screened with the toolkit who improved at review rose from 48% to 71%, compared with the year before."),
		para("Our antenatal contact for fathers has been adopted by the maternity service for every booking in the county."),
		para("Our team was the first in the region to offer every family a named health visitor by text message."),
		para("In 2020-21 we will extend the toolkit to school nurses."),
	))
	for i := 4; i <= 5; i++ {
		if ps[i].Section != model.SectionSuccesses {
			t.Errorf("block %d %q: %s %.2f (%s); want successes", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	for text, want := range map[string]bool{
		"The scheme was adopted by two neighbouring forces.":                          true,
		"Two neighbouring councils have visited to learn from it.":                    true,
		"We adopted the board's neglect strategy in June.":                            false,
		"Referrals were the first thing the team checked each morning in the county.": false,
	} {
		if got := takenUp.Get().MatchString(text); got != want {
			t.Errorf("%q: taken up %v, want %v", text, got, want)
		}
	}
}
