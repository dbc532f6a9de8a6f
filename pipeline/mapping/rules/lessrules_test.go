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
