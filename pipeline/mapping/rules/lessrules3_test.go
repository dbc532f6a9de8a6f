package rules

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headingless shapes of the lessrules3 round (issue
// 22, heldout10 read with its headings taken out; other agencies and
// wordings than round3/tuneless7). Each fails with its rule taken out.

// The agency's own plans after an inspection's recommendations, told as
// imperatives with "our" or a date, end the inspection part (ownplans.go);
// the inspectorate's imperatives before them stay in it.
func TestHeadlessInspectionEndsAtOwnPlans(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Quarnford Fire and Rescue Service safeguarding statement 2019-20"),
		para("Quarnford Fire and Rescue Service protects 400,000 people from 18 stations. The Head of Prevention leads on safeguarding."),
		para("We trained every watch in raising a safeguarding concern and carried out 6,200 home fire safety visits."),
		para("Our young firefighters scheme was shortlisted for a national award this year."),
		para("HMICFRS inspected the service in October 2019 and judged it good at keeping people safe."),
		para("Inspectors recommended that the service should make sure on call staff receive safeguarding training."),
		item("Make sure that every concern raised by staff is followed up."),
		item("Train all our on call firefighters in safeguarding by the end of 2020, at their own stations."),
		item("Review how we support the volunteers who help at community events."),
	))
	for i := 4; i <= 6; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("inspection block %d %q: %s %.2f; want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence)
		}
	}
	for i := 7; i <= 8; i++ {
		if ps[i].Section == model.SectionInspection {
			t.Errorf("own plan %d %q: inspection %.2f (%s); the part ends before it", i, ps[i].Block.PlainText(), ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// A recommendation list after a lead-in of the inspection part stays in
// it, though its items say "our" (ownplans.go, itemOfLeadIn).
func TestHeadlessInspectionKeepsItsListWithOur(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Quarnford Fire and Rescue Service safeguarding statement 2019-20"),
		para("Quarnford Fire and Rescue Service protects 400,000 people from 18 stations. The Head of Prevention leads on safeguarding."),
		para("We trained every watch in raising a safeguarding concern and carried out 6,200 home fire safety visits."),
		para("HMICFRS inspected the service in October 2019 and judged it good at keeping people safe."),
		para("The report asked us to:"),
		item("review our safeguarding training for on call staff by March 2020;"),
		item("record the outcome of every concern."),
		para("In 2020-21 we will extend home visits to families with young children."),
	))
	for i := 3; i <= 6; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("inspection block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// A dated signature with a long role and agency name ends a headingless
// statement as a shorter one does: unmapped, flagged (longsignature.go).
func TestHeadlessLongSignature(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Elmsworth Community Health NHS Trust safeguarding statement 2019-20"),
		para("Elmsworth Community Health NHS Trust provides health visiting and school nursing for 60,000 children."),
		para("We trained all health visitors in asking about domestic abuse at every contact."),
		para("In 2020-21 we will extend the same enquiry to our school nurses."),
		para("Dr Rachel Ambrose-Kent, Deputy Chief Nurse and Executive Lead for Safeguarding Children, Elmsworth Community Health NHS Trust, August 2020"),
	))
	if ps[4].Section != model.SectionUnmapped || ps[4].Confidence >= 0.6 {
		t.Errorf("signature: %s %.2f (%s); want unmapped, flagged", ps[4].Section, ps[4].Confidence, ps[4].Evidence)
	}
	if ps[3].Section != model.SectionDevelopment {
		t.Errorf("plan: %s %.2f; want development", ps[3].Section, ps[3].Confidence)
	}
	for text, want := range map[string]bool{
		"Dr Rachel Ambrose-Kent, Deputy Chief Nurse and Executive Lead for Safeguarding Children, Elmsworth Community Health NHS Trust, August 2020": true,
		"Our Deputy Chief Nurse, the Executive Lead for Safeguarding Children and the named doctors will meet every month from August 2020":          false,
		"Staff at Elmsworth, Corby Vale and Hanley Road clinics, led by the Head of Nursing, all completed training by July 2020":                    false,
	} {
		if got := longSignature(text) || signatureLine(text); got != want {
			t.Errorf("signature %q: %v, want %v", text, got, want)
		}
	}
}

// A summary opening a headingless statement (a lead-in and its list) is
// set aside to unmapped, flagged; the statement below starts in context
// (summarylist.go).
func TestHeadlessSummaryList(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Dunmere Borough Council safeguarding return 2019-20"),
		para("The main points of our return are:"),
		item("all 90 licensing and housing officers trained in child exploitation;"),
		item("reports from taxi drivers rose from 3 to 19;"),
		item("next year our priority is checks for seasonal staff."),
		para("Dunmere Borough Council serves 84,000 people and licenses taxis, runs three leisure centres and manages 5,000 homes."),
		para("We trained all licensing and housing officers in recognising child exploitation."),
		para("In 2020-21 we will bring checks for seasonal staff into our personnel system."),
	))
	for i := 1; i <= 4; i++ {
		if ps[i].Section != model.SectionUnmapped || ps[i].Confidence >= 0.6 {
			t.Errorf("summary block %d %q: %s %.2f (%s); want unmapped, flagged", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[5].Section != model.SectionContext {
		t.Errorf("the description: %s %.2f; want context", ps[5].Section, ps[5].Confidence)
	}
}

// A lead-in that announces no summary opens nothing (summarylist.go).
func TestHeadlessSummaryNeedsItsWords(t *testing.T) {
	for text, want := range map[string]bool{
		"The main points of this statement are:":   true,
		"In brief:":                                true,
		"Key facts for the year:":                  true,
		"During the year the safeguarding team:":   false,
		"The main points raised by children were:": false,
	} {
		if got := summaryLeadIn.Get().MatchString(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// A preface presenting the agency's answers to the board's questions is
// set aside to context, flagged, as other prefaces are (answersbelow.go).
func TestHeadlessAnswersPreface(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Kelsall Probation Service"),
		para("Our responses to the partnership's annual questions are given below. The return was prepared by the head of service with the safeguarding leads."),
		para("Kelsall Probation Service supervises 1,600 adults on community orders and licences, many of them parents."),
		para("We placed an officer in the safeguarding hub and trained all case managers in domestic abuse."),
		para("In 2020-21 we will check every case for children in the household at the start of an order."),
	))
	if ps[1].Section != model.SectionContext || ps[1].Confidence >= 0.6 || !strings.Contains(ps[1].Evidence, "preface") {
		t.Errorf("preface: %s %.2f (%s); want context, flagged, as a preface", ps[1].Section, ps[1].Confidence, ps[1].Evidence)
	}
	if !answersBelow("Our answers to the board's questions are set out below.") {
		t.Error("answers to the board's questions not read as a preface")
	}
	if answersBelow("Our answers to the board were clear: we act on every concern.") {
		t.Error("answers to no questions read as a preface")
	}
}

// A result told after each piece of work (a measure changing, not the
// agency acting) goes to outcomes, flagged, out of the template's order;
// the work after it stays in activity (resultamong.go).
func TestHeadlessResultAmongWork(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Kelsall Borough Council housing safeguarding statement 2019-20"),
		para("Kelsall Borough Council manages 4,000 homes and is responsible for homelessness services in the borough."),
		para("We trained all 80 housing officers in recognising domestic abuse, with sessions run by the local refuge."),
		para("Referrals from housing officers to the domestic abuse service rose from 21 to 66 over the year."),
		para("We delivered training on exploitation to caretakers and introduced a form for raising a concern."),
		para("We appointed a tenancy support officer for young people leaving care and trained her in safeguarding."),
		para("We set up a monthly meeting with children's social care to review families in temporary accommodation."),
		para("Families told us they felt better supported, and none were placed in hotels for more than six weeks."),
		para("In 2020-21 we will agree a protocol with children's services for homeless 16 and 17 year olds."),
	))
	if ps[3].Section != model.SectionOutcomes || ps[3].Confidence >= 0.6 {
		t.Errorf("result: %s %.2f (%s); want outcomes, flagged", ps[3].Section, ps[3].Confidence, ps[3].Evidence)
	}
	for i := 4; i <= 6; i++ {
		if ps[i].Section != model.SectionActivity {
			t.Errorf("work after the result %d: %s %.2f; want activity", i, ps[i].Section, ps[i].Confidence)
		}
	}
}

// The agency acting with a comparison is no result among the work.
func TestResultAmongNeedsAMeasureAsSubject(t *testing.T) {
	p := newPlan(defaultMapper(t), []model.Block{
		para("Concerns raised by staff rose from 12 to 40."),
		para("We trained 300 staff, up from 120 last year."),
		para("Our crews made 48 referrals, against 21 the year before."),
	})
	for i, want := range []bool{true, false, false} {
		if got := p.resultAmong(i); got != want {
			t.Errorf("%q: %v, want %v", p.blocks[i].PlainText(), got, want)
		}
	}
}

// An internal audit reported in the middle of a headingless statement,
// with its recommendations, is an inspection part (auditpart.go); the
// agency's own audit of its cases is not.
func TestHeadlessAuditPart(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Dunmere Leisure Trust safeguarding statement 2019-20"),
		para("Dunmere Leisure Trust runs five leisure centres used by 6,000 children each week."),
		para("We trained all swimming teachers and lifeguards and appointed a safeguarding lead at every centre."),
		para("The district council's internal auditors reviewed our safeguarding arrangements in November 2019 and gave reasonable assurance."),
		para("They said that checks for casual staff should be recorded before their first shift."),
		para("Our own audit of 40 staff files in March found that every check had been recorded."),
		para("In 2020-21 we will train our theatre staff in safeguarding."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("audit block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[5].Section == model.SectionInspection {
		t.Errorf("own audit: inspection %.2f; want the agency's result", ps[5].Confidence)
	}
}

// Plans told as imperatives with a date or "our", their lead-in gone, are
// development evidence (todoplan.go); a thank-you that gives an e-mail
// address after them ends the statement as contact details
// (headlessending.go).
func TestHeadlessImperativePlansAndThanksWithContact(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Brindle Valley Sports Trust safeguarding statement 2019-20"),
		para("Brindle Valley Sports Trust runs four sports centres and a holiday programme used by 5,000 children each week."),
		para("We appointed a safeguarding lead at every centre and trained all coaches and lifeguards in safeguarding."),
		para("We passed 11 concerns about children to children's social care, most about neglect."),
		para("Coaches told us the training gave them confidence, and concerns were passed on within a day in every case."),
		para("Our holiday programme was named the county's community sports project of the year."),
		para("Move the records of checks for casual coaches into our staff database by November 2020."),
		para("Train our reception teams in safeguarding before the spring."),
		para("We thank our coaches and volunteers, and for any questions about this statement please contact welfare@brindlevalley.example."),
	))
	if ps[6].Section != model.SectionDevelopment {
		t.Errorf("imperative plan: %s %.2f (%s); want development", ps[6].Section, ps[6].Confidence, ps[6].Evidence)
	}
	if ps[8].Section != model.SectionUnmapped || ps[8].Confidence >= 0.6 {
		t.Errorf("thanks with contact: %s %.2f (%s); want unmapped, flagged", ps[8].Section, ps[8].Confidence, ps[8].Evidence)
	}
}

// A statement written as a letter from its first line to its last: the
// salutation and the thanks for the invitation go to unmapped, flagged;
// the statement after them starts in context (salutation.go). Its close
// comes too late for a cover letter (letter.go).
func TestHeadlessLetterSalutation(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Gorsedale Children's Hospice: Safeguarding Statement 2019-20"),
		para("Dear Mr Ashworth,"),
		para("Thank you for your invitation to contribute to the partnership's annual report. We are glad to set out our year below."),
		para("Gorsedale Children's Hospice is a charity caring for 180 children with life-limiting conditions and their families."),
		para("We trained all care staff and volunteers in safeguarding and rewrote our intimate care policy with parents."),
		para("The safeguarding nurse gave 96 consultations to staff and made 11 referrals to children's social care."),
		para("Our family support team attended child protection conferences for eight children."),
		para("We wrote communication passports with parents for 40 children who do not use speech."),
		para("Parents told us they felt more involved in planning their child's care."),
		para("Staff now refer to the passport at every handover, and two concerns were raised because of it."),
		para("Our sibling group made a film about feeling safe that the partnership now uses in training."),
		para("In 2020-21 we will bring in a lone working policy for staff caring for children at home."),
		para("We will also review how we share information with hospitals outside the county."),
		para("Yours sincerely,"),
		para("Anna Leigh, Chief Executive"),
	))
	for i := 1; i <= 2; i++ {
		if ps[i].Section != model.SectionUnmapped || ps[i].Confidence >= 0.6 {
			t.Errorf("letter block %d %q: %s %.2f (%s); want unmapped, flagged", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[3].Section != model.SectionContext {
		t.Errorf("the description: %s %.2f; want context", ps[3].Section, ps[3].Confidence)
	}
}

// A success the agency says it is proud of, told among the work, goes to
// successes, flagged (proudof.go); one with a plan in it stays.
func TestHeadlessProudSuccessAmongWork(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Fernlow District Council safeguarding statement 2019-20"),
		para("Fernlow District Council serves 70,000 people, licenses taxis and runs two leisure centres."),
		para("We trained every licensed driver in recognising child exploitation before their licence was renewed."),
		para("We are proud that our driver training has been adopted by the other districts in the county."),
		para("We delivered safeguarding training to all leisure centre staff and holiday scheme leaders."),
		para("We introduced a requirement that every club hiring our halls shows us its safeguarding policy."),
		para("We set up a single log for concerns raised by council staff."),
		para("In 2020-21 we will train our waste and environmental health staff."),
	))
	if ps[3].Section != model.SectionSuccesses || ps[3].Confidence >= 0.6 {
		t.Errorf("proud success: %s %.2f (%s); want successes, flagged", ps[3].Section, ps[3].Confidence, ps[3].Evidence)
	}
	if proudSuccess("We are proud that we will open a new centre next year.") {
		t.Error("a plan read as a success")
	}
}

// A paragraph describing a service again among the work (a count, in the
// present, nothing done) is flagged with context as runner-up
// (describesagain.go); the work around it keeps its confidence.
func TestHeadlessDescriptionAmongWorkFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Westerby Ambulance Service NHS Trust safeguarding statement 2019-20"),
		para("Westerby Ambulance Service NHS Trust answers emergency calls across three counties. The Director of Quality leads on safeguarding."),
		para("We replaced paper referral forms with an electronic referral that crews complete on their tablets."),
		para("We trained every call handler in level 2 safeguarding children and ran sessions for crews on exploitation."),
		para("About one in ten of the calls we answer involves a child, and our crews and call handlers make safeguarding referrals from the scene and through the safeguarding hub."),
		para("We wrote a single guide for crews covering the differences between the four board areas."),
		para("We took part in two serious case reviews and a multi agency audit of sudden infant deaths."),
		para("In 2020-21 we will give crews feedback on what happened after they referred a child."),
	))
	if ps[4].Section != model.SectionContext && ps[4].Confidence >= 0.6 {
		t.Errorf("description: %s %.2f ru %s (%s); want flagged with context", ps[4].Section, ps[4].Confidence, ps[4].RunnerUp, ps[4].Evidence)
	}
	if !(&plan{}).describesAgainText("Our school nurses serve 142 primary and secondary schools.") ||
		(&plan{}).describesAgainText("We trained 142 school nurses.") ||
		(&plan{}).describesAgainText("The team has now grown to 12 officers.") {
		t.Error("describesAgain reads the wrong sentences")
	}
}
