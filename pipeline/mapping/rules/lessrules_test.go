package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headingless shapes of the lessrules round (issue
// 22, the stripped reading; other agencies and wordings than tuneless1).

// An inspection reported in the middle of a headingless statement, with
// its recommendations as a list, goes to inspection, and the statement
// after it goes on in the template's order.
func TestHeadlessInspectionMidStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Fairlight Youth Offending Team"),
		para("Fairlight Youth Offending Team works with 210 children a year across the district. The head of service leads on safeguarding."),
		para("We trained all case managers in trauma-informed practice and started weekly risk meetings with the police."),
		para("HM Inspectorate of Probation inspected the team in October 2019 and rated it good."),
		para("Inspectors found that plans did not always say how children would be kept safe. They recommended that the team:"),
		item("reviews every safety plan within ten days;"),
		item("records the child's own view of the risks."),
		para("Children whose safety plan was reviewed within ten days rose from 45% to 90%, compared with the year before."),
		para("Next year we will train our volunteers in the same approach."),
	))
	for i := 3; i <= 6; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("block %d %q: %s %.2f (%s); want inspection", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if ps[7].Section != model.SectionOutcomes && ps[7].Confidence >= 0.6 {
		t.Errorf("the results after the part: %s %.2f; want outcomes or flagged", ps[7].Section, ps[7].Confidence)
	}
	if ps[8].Section != model.SectionDevelopment {
		t.Errorf("the plan after the part: %s %.2f; want development", ps[8].Section, ps[8].Confidence)
	}
}

// The agency as the subject, or an inspector named without an inspection
// taking place, opens no part: "praised by Ofsted" is a success, "the
// inspection's actions" a plan, "The CQC highlighted ..." a finding.
func TestHeadlessInspectionNeedsTheInspectorActing(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Thistledown Primary School"),
		para("Thistledown Primary School has 380 pupils. The deputy headteacher is the designated safeguarding lead."),
		para("We trained all staff in online safety and ran workshops for parents."),
		para("Ofsted highlighted the changes to our behaviour policy, and found that pupils felt safe."),
		para("Reports of online bullying fell from 22 to 9, compared with the year before."),
		para("Our lunchtime mentors were praised by Ofsted during its visit for how well they know the pupils."),
		para("We will act on the inspection's two recommendations and report to governors each term."),
	))
	for i := 2; i < len(ps); i++ {
		if ps[i].Section == model.SectionInspection {
			t.Errorf("block %d %q: inspection (%s); the agency is its subject", i, ps[i].Block.PlainText(), ps[i].Evidence)
		}
	}
}

// A return form's instruction, field and contact lines in a statement with
// no headings go to unmapped, flagged, and the statement around them keeps
// its order.
func TestHeadlessFormLines(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Orchard Vale Housing annual statement return"),
		para("Please describe your organisation and how safeguarding is led."),
		para("Orchard Vale Housing manages 4,100 homes in three towns. Our Director of Housing is the safeguarding lead."),
		para("Guidance: include training, audits and work with partners."),
		para("We trained 120 housing officers to recognise neglect and domestic abuse."),
		para("We will train our repairs contractors by March 2021."),
		para("Completed by: Head of Tenancy Services"),
		para("Telephone 01632 960555"),
	))
	for _, i := range []int{1, 3, 6, 7} {
		if ps[i].Section != model.SectionUnmapped || ps[i].Confidence >= 0.6 {
			t.Errorf("form line %d %q: %s %.2f; want unmapped, flagged", i, ps[i].Block.PlainText(), ps[i].Section, ps[i].Confidence)
		}
	}
	if ps[5].Section != model.SectionDevelopment {
		t.Errorf("the plan before the field lines: %s %.2f; want development", ps[5].Section, ps[5].Confidence)
	}
}

// A glossary at the end of a statement with no headings goes to unmapped,
// and no longer drags the plans before it; run-in lines naming a section
// ("Next steps: ...") are no glossary.
func TestHeadlessGlossaryAtTheEnd(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Moorside Sexual Health Service"),
		para("Moorside Sexual Health Service runs three clinics for young people and adults in the city."),
		para("We trained every nurse in recognising child sexual exploitation and added a routine question for under-18s."),
		para("Referrals about young people at risk of exploitation rose from 12 to 35, compared with last year."),
		para("We will extend the routine question to our online booking service."),
		para("CSE: the sexual exploitation of a child or young person under 18."),
		para("Routine question: a question asked of every patient, whatever the reason for the visit."),
	))
	for _, i := range []int{5, 6} {
		if ps[i].Section != model.SectionUnmapped || ps[i].Confidence >= 0.6 {
			t.Errorf("glossary line %d: %s %.2f; want unmapped, flagged", i, ps[i].Section, ps[i].Confidence)
		}
	}
	if ps[4].Section != model.SectionDevelopment {
		t.Errorf("the plan before the glossary: %s %.2f; want development", ps[4].Section, ps[4].Confidence)
	}
	ps = mapDoc(t, doc(
		para("Moorside Sexual Health Service"),
		para("Moorside Sexual Health Service runs three clinics for young people and adults in the city."),
		para("We trained every nurse in recognising child sexual exploitation."),
		para("Key successes: our young people's clinic was shortlisted for a national award."),
		para("Next steps: we will extend the routine question to our online booking service."),
	))
	for _, i := range []int{3, 4} {
		if ps[i].Section == model.SectionUnmapped {
			t.Errorf("run-in line %d %q taken for a glossary (%s)", i, ps[i].Block.PlainText(), ps[i].Evidence)
		}
	}
}

// A closing remark after the plans (the agency in the third person,
// thanks, no plan) goes to context, flagged, and a sign-off line after it
// to unmapped; a last paragraph that plans stays a plan.
func TestHeadlessClosingRemarkAndSignOff(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Westcombe Leisure Trust"),
		para("Westcombe Leisure Trust runs four swimming pools and two sports centres for the borough."),
		para("We trained all lifeguards and coaches in recognising abuse and appointed a safeguarding officer at each site."),
		para("Concerns reported by our coaches rose from 5 to 19, compared with the previous year."),
		para("We will extend the training to our casual staff in the summer."),
		para("The trust thanks its partners and remains committed to keeping every child who uses its centres safe."),
		para("Head of Sport and Wellbeing, Westcombe Leisure Trust, June 2020."),
	))
	if p := ps[5]; p.Section != model.SectionContext || p.Confidence >= 0.6 {
		t.Errorf("closing remark: %s %.2f (%s); want context, flagged", p.Section, p.Confidence, p.Evidence)
	}
	if p := ps[6]; p.Section != model.SectionUnmapped || p.Confidence >= 0.6 {
		t.Errorf("sign-off line: %s %.2f (%s); want unmapped, flagged", p.Section, p.Confidence, p.Evidence)
	}
	if p := ps[0]; p.Role != model.RoleTitle || p.Section != model.SectionContext {
		t.Errorf("title: %s %s; want the title with the statement's first section", p.Role, p.Section)
	}
	ps = mapDoc(t, doc(
		para("Westcombe Leisure Trust"),
		para("Westcombe Leisure Trust runs four swimming pools and two sports centres for the borough."),
		para("We trained all lifeguards and coaches in recognising abuse."),
		para("The trust remains committed to safeguarding and will extend the training to casual staff next year."),
	))
	if p := ps[3]; p.Section != model.SectionDevelopment {
		t.Errorf("a last paragraph that plans: %s %.2f (%s); want development", p.Section, p.Confidence, p.Evidence)
	}
}

// Figures opening a headingless statement, before the agency says who it
// is, are the year's numbers: outcomes, flagged, not context.
func TestHeadlessFiguresFirst(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Greystone Ambulance Service"),
		para("4,800 safeguarding referrals made by crews, up from 3,900."),
		para("92% of call handlers trained to level 2."),
		para("Greystone Ambulance Service answers 999 calls for a population of 1.8 million from three control rooms."),
		para("We introduced a safeguarding prompt into every patient record and trained all call handlers."),
		para("We will add the prompt to our 111 service in 2020-21."),
	))
	for i := 1; i <= 2; i++ {
		if p := ps[i]; p.Section != model.SectionOutcomes || p.Confidence >= 0.6 {
			t.Errorf("figure %d: %s %.2f (%s); want outcomes, flagged", i, p.Section, p.Confidence, p.Evidence)
		}
	}
	if ps[3].Section != model.SectionContext {
		t.Errorf("the agency's description after the figures: %s; want context", ps[3].Section)
	}
	if p := ps[0]; p.Role != model.RoleTitle || p.Section != model.SectionContext {
		t.Errorf("title: %s %s; want the title with the statement, not the figures set aside", p.Role, p.Section)
	}
}

// The agency's people as the subject with a past verb of doing tell what
// was done: activity, not the description before it.
func TestStaffDoingIsActivity(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Lynton Community Pharmacy Network"),
		para("Lynton Community Pharmacy Network is a group of 40 pharmacies in market towns. The superintendent pharmacist leads on safeguarding."),
		para("Counter staff began asking young people buying emergency contraception whether they felt safe at home."),
		para("Pharmacy teams ran awareness sessions in six secondary schools."),
		para("Reports of concern from our pharmacies rose from 2 to 17, compared with the year before."),
		para("We will offer the same course to locum pharmacists in 2020-21."),
	))
	for i := 2; i <= 3; i++ {
		if ps[i].Section != model.SectionActivity {
			t.Errorf("staff doing %d: %s %.2f (%s); want activity", i, ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
	pl := &plan{m: defaultMapper(t), blocks: []model.Block{para("Crews made 48 referrals about children this year.")}}
	if pl.staffDoing(0) {
		t.Error("a count of referrals read as staff doing")
	}
}

// In a headingless statement the areas for improvement following a leading
// inspection's findings as a list, with no lead-in, stay in the part.
func TestHeadlessInspectionFindingsList(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Brightwater Academy"),
		para("Ofsted inspected Brightwater Academy in February 2020 and judged it good, with safeguarding effective."),
		para("Inspectors found that pupils feel safe but that the school's records of concerns were not always complete."),
		item("Records of concerns completed in full by every member of staff."),
		item("Governors checking the single central record each term."),
		para("Brightwater Academy is a secondary school of 1,100 pupils. The deputy head is the designated safeguarding lead."),
		para("We trained all staff in the new recording system in March."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("finding %d: %s %.2f (%s); want inspection", i, ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
}

// A plan in the agency's voice or an award received, told before the
// template's order would have them, goes to its own section, flagged;
// "we will continue" and an award a plan aims for stay where they are.
func TestHeadlessOutOfOrder(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Kelbrook Fire and Rescue Service"),
		para("Kelbrook Fire and Rescue Service covers 400 square miles from 16 stations. The Head of Prevention leads on safeguarding."),
		para("We will train our control room staff in recognising safeguarding concerns during emergency calls next year."),
		para("Our schools education team was shortlisted for a national fire safety award."),
		para("We trained all operational crews in recognising neglect and added a safeguarding question to home fire safety visits."),
		para("Referrals from home fire safety visits rose from 31 to 87, compared with the year before."),
	))
	if p := ps[2]; p.Section != model.SectionDevelopment || p.Confidence >= 0.6 {
		t.Errorf("an early plan: %s %.2f (%s); want development, flagged", p.Section, p.Confidence, p.Evidence)
	}
	if p := ps[3]; p.Section != model.SectionSuccesses || p.Confidence >= 0.6 {
		t.Errorf("an early award: %s %.2f (%s); want successes, flagged", p.Section, p.Confidence, p.Evidence)
	}
	ps = mapDoc(t, doc(
		para("Kelbrook Fire and Rescue Service"),
		para("Kelbrook Fire and Rescue Service covers 400 square miles from 16 stations."),
		para("We will continue to chair the county's water safety group."),
		para("We trained all operational crews in recognising neglect."),
		para("Referrals from home fire safety visits rose from 31 to 87, compared with the year before."),
		para("We will enter our schools programme for the national fire safety award next year."),
	))
	if p := ps[2]; p.Section == model.SectionDevelopment {
		t.Errorf("\"we will continue\": development (%s); it says what goes on", p.Evidence)
	}
	if p := ps[5]; p.Section != model.SectionDevelopment {
		t.Errorf("a plan aiming for an award: %s (%s); want development", p.Section, p.Evidence)
	}
}

// A count set against the year before is a result, though its verb is one
// of doing ("Staff raised 14 concerns, against 4 the year before").
func TestCountAgainstTheYearBeforeIsOutcomes(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Hollybank Youth Service"),
		para("Hollybank Youth Service runs five youth clubs and a street team for young people aged 11 to 19."),
		para("We trained all youth workers in recognising criminal exploitation."),
		para("The street team worked alongside the police on Friday nights in the town centre."),
		para("Youth workers made 31 referrals about exploitation, against 12 the year before, and each one was followed up within a week."),
		para("We will offer the same training to our volunteers in 2020-21."),
	))
	if p := ps[4]; p.Section != model.SectionOutcomes {
		t.Errorf("a count against the year before: %s %.2f (%s); want outcomes", p.Section, p.Confidence, p.Evidence)
	}
}

// A list item opening "telling ..." or "emailing ..." is no contact line.
func TestTellingIsNoTelephoneLine(t *testing.T) {
	for _, text := range []string{"telling schools the same day when a pupil does not arrive;", "Emailing parents about every concern raised."} {
		if why, ok := isFormLine(text); ok {
			t.Errorf("%q read as a form line (%s)", text, why)
		}
	}
	for _, text := range []string{"Tel: 01632 960111", "Telephone 01632 960111", "Email safeguarding@example.org"} {
		if _, ok := isFormLine(text); !ok {
			t.Errorf("%q not read as a contact line", text)
		}
	}
}

// Who leads, told with a role as subject in the present tense, is context;
// the same role in the past tense tells what was done.
func TestLeadershipLineIsContext(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Thornleigh Integrated Care Board"),
		para("Thornleigh Integrated Care Board plans and buys health services for 620,000 people."),
		para("The Medical Director is the board's safeguarding champion and sits on the county partnership."),
		para("The named nurse leads a team of three specialist advisers."),
		para("We added safeguarding standards to every provider contract and checked them each quarter."),
		para("Providers meeting the standards rose from 14 of 22 to 21 of 22, compared with the year before."),
		para("We will audit GP practices' safeguarding registers in 2020-21."),
	))
	for i := 2; i <= 3; i++ {
		if p := ps[i]; p.Section != model.SectionContext {
			t.Errorf("who leads %d: %s %.2f (%s); want context", i, p.Section, p.Confidence, p.Evidence)
		}
	}
	pl := &plan{m: defaultMapper(t), blocks: []model.Block{para("The named midwife ran monthly supervision for community midwives.")}}
	var h cueHits
	h.score, h.cues = make([]float64, len(pl.m.keys)), make([][]string, len(pl.m.keys))
	pl.addLeadership(0, &h)
	if h.score[pl.m.sectionIndex(model.SectionContext)] > 0 {
		t.Error("a role in the past tense read as who leads")
	}
}

// A PDF's text has typographic apostrophes: "His Majesty’s Inspectorate"
// opens a part as "His Majesty's Inspectorate" does.
func TestHeadlessInspectionTypographicApostrophe(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Wrenfield Youth Justice Service"),
		para("Wrenfield Youth Justice Service works with 160 children a year. The head of service leads on safeguarding."),
		para("We trained all case managers in recognising exploitation."),
		para("His Majesty’s Inspectorate of Probation published its report on the service in March 2020."),
		para("The inspectorate rated our work with children at risk as good, and recommended that plans be reviewed more often."),
		para("Children whose plans were reviewed each month rose from 40% to 85%, compared with the year before."),
	))
	for i := 3; i <= 4; i++ {
		if ps[i].Section != model.SectionInspection {
			t.Errorf("block %d: %s %.2f (%s); want inspection", i, ps[i].Section, ps[i].Confidence, ps[i].Evidence)
		}
	}
}
