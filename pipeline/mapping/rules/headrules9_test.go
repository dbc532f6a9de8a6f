package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the headrules9 round (issue 22, after heldout9 and
// round3/tune8), in words and agencies of neither set. Each fails with its
// rule taken out.

// joined.go: a heading joining two ideas whose halves name neighbouring
// sections heads the agency first, then what it did: the stretch is split
// by meaning between the two, every block flagged.
func TestJoinedHeadingSplitsItsStretch(t *testing.T) {
	for _, heading := range []string{"Who we are and what we do", "About us and our work", "Who we are and how we work"} {
		ps := mapDoc(t, doc(
			h(1, "Brookvale Family Support"),
			h(2, heading),
			para("Brookvale Family Support is a charity that serves families in the east of the county and employs 40 staff."),
			para("Our chief officer is the safeguarding lead and reports to the trustees."),
			para("We delivered safeguarding training to every volunteer and made 52 referrals to children's social care this year."),
			para("Family workers completed 300 home visits and attended every child protection conference they were invited to."),
			h(2, "Outcomes"), para("Families who finished our programme rose from 60% to 75%."),
		))
		if ps[2].Section != model.SectionContext {
			t.Errorf("%q: the agency's description went to %s (%s)", heading, ps[2].Section, ps[2].Evidence)
		}
		for _, i := range []int{4, 5} {
			if ps[i].Section != model.SectionActivity {
				t.Errorf("%q: block %d %q went to %s, want activity (%s)", heading, i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Evidence)
			}
		}
		checkFlagged(t, ps, 2, 3, 4, 5)
	}
}

// A joined heading whose halves name one section, or only one of them a
// section, keeps its stretch in that section, not flagged.
func TestJoinedHeadingOfOneSection(t *testing.T) {
	for _, heading := range []string{"Outcomes and impact", "Governance and accountability"} {
		ps := mapDoc(t, doc(
			h(1, "Brookvale Family Support"),
			h(2, "Who we are"), para("Brookvale Family Support is a charity that serves families in the east of the county."),
			h(2, "What we did"), para("We delivered safeguarding training to every volunteer."),
			h(2, heading),
			para("Families who finished our programme rose from 60% to 75%."),
			para("Repeat referrals fell from 30 to 18."),
		))
		want := ps[5].Section
		for _, i := range []int{6, 7} {
			if ps[i].Section != want || ps[i].Confidence < 0.6 {
				t.Errorf("%q: block %d in %s at %.2f, want %s unflagged (%s)", heading, i, ps[i].Section, ps[i].Confidence, want, ps[i].Evidence)
			}
		}
	}
}

// aboutstatement.go: a purpose line or a covering note before the first
// heading of a headed statement is about the document, not the agency:
// unmapped, flagged, context the runner-up.
func TestAboutStatementLinesUnmapped(t *testing.T) {
	for _, lines := range [][]string{
		{"This statement covers April 2019 to March 2020."},
		{"This annual report is Brookvale's contribution to the partnership's report for 2019-20."},
		{"To the partnership manager. Please find below our statement for 2019-20.", "We ask that any changes are agreed with us before the report is published."},
	} {
		blocks := []model.Block{h(1, "Brookvale Family Support")}
		for _, l := range lines {
			blocks = append(blocks, para(l))
		}
		blocks = append(blocks, h(2, "Who we are"), para("Brookvale Family Support is a charity that serves families in the east of the county."),
			h(2, "What we did"), para("We delivered safeguarding training to every volunteer."))
		ps := mapDoc(t, doc(blocks...))
		for i := range lines {
			p := ps[1+i]
			if p.Section != model.SectionUnmapped || p.Confidence >= 0.6 || p.RunnerUp != model.SectionContext {
				t.Errorf("%q: %s at %.2f (runner-up %q), want unmapped, flagged, context runner-up (%s)", lines[i], p.Section, p.Confidence, p.RunnerUp, p.Evidence)
			}
		}
		next := ps[len(lines)+2]
		if next.Section != model.SectionContext {
			t.Errorf("the agency's description went to %s", next.Section)
		}
	}
}

// A first paragraph about the agency, or a document named later in a
// sentence about the agency, stays where it was.
func TestAboutStatementNeedsTheDocumentFirst(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brookvale Family Support"),
		para("Brookvale Family Support is a charity that serves families in the east of the county; this statement is its second."),
		h(2, "What we did"), para("We delivered safeguarding training to every volunteer."),
	))
	if ps[1].Section == model.SectionUnmapped {
		t.Errorf("the agency's description went to unmapped (%s)", ps[1].Evidence)
	}
}

// afterinspection.go: after an inspection part under an agency heading,
// the agency's own paragraphs under that heading (its response, what it
// then did) are placed by their words from the section the part
// interrupted on, flagged with inspection as runner-up, not sent back to
// that section whatever they say.
func TestAfterMidInspectionByMeaning(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brookvale Family Support"),
		h(2, "Who we are"), para("Brookvale Family Support is a charity that serves families in the east of the county and employs 40 staff."),
		h(2, "A look from outside"),
		para("Ofsted inspected our family centres in June and rated them good. Inspectors found that staff knew how to raise concerns and recommended better recording of supervision."),
		para("In response we delivered supervision training to every team leader and audited 60 supervision records this year."),
		para("We also trained all volunteers in recording concerns and made 45 referrals to children's social care."),
		h(2, "Outcomes"), para("Families who finished our programme rose from 60% to 75%."),
	))
	if ps[4].Section != model.SectionInspection {
		t.Fatalf("the inspection went to %s (%s)", ps[4].Section, ps[4].Evidence)
	}
	for _, i := range []int{5, 6} {
		p := ps[i]
		if p.Section != model.SectionActivity || p.RunnerUp != model.SectionInspection {
			t.Errorf("block %d %q: %s (runner-up %q), want activity, inspection the runner-up (%s)", i, trim(p.Block.PlainText()), p.Section, p.RunnerUp, p.Evidence)
		}
	}
	checkFlagged(t, ps, 5, 6)
}

// topictwo.go: bold topics under an empty bold heading naming two sections
// each take the section their words point to, flagged.
func TestTopicsOfATwoSectionHeading(t *testing.T) {
	b := func(s string) model.Block { return &model.Heading{Text: s, Candidate: true} }
	ps := mapDoc(t, doc(
		b("Brookvale Family Support"),
		b("Who we are"), para("Brookvale Family Support is a charity that serves families in the east of the county."),
		b("What we did"), para("We delivered safeguarding training to every volunteer."),
		b("Celebrating and looking forward"),
		b("Proud moments"), para("We are proud that our parents' group won the county's community award, and two volunteers were shortlisted for a national prize."),
		b("Still to come"), para("Next year we will train every volunteer in recognising neglect and we plan to open a second family centre."),
	))
	for i, want := range map[int]model.SectionKey{6: model.SectionSuccesses, 7: model.SectionSuccesses, 8: model.SectionDevelopment, 9: model.SectionDevelopment} {
		if ps[i].Section != want {
			t.Errorf("block %d %q: %s, want %s (%s)", i, trim(ps[i].Block.PlainText()), ps[i].Section, want, ps[i].Evidence)
		}
	}
	checkFlagged(t, ps, 6, 7)
}

// textdisagrees.go, kept sections: under an agency heading that names no
// section and keeps the current one, a block whose own words point to
// another section and not to the kept one is flagged.
func TestKeptSectionTextDisagrees(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brookvale Family Support"),
		h(2, "Who we are"), para("Brookvale Family Support is a charity that serves families in the east of the county."),
		h(2, "What we did"), para("We delivered safeguarding training to every volunteer."),
		h(2, "Outcomes"), para("Families who finished our programme rose from 60% to 75%, compared with last year."),
		h(2, "Hearing from parents"),
		para("Our parents' panel meets monthly; its members were trained as peer mentors and helped us audit our complaints policy."),
		para("In our survey 80% of parents said they felt listened to, up from 55%."),
		h(2, "Key successes"), para("Our parents' group won the county's community award."),
	))
	if ps[8].Section != model.SectionOutcomes {
		t.Fatalf("the panel paragraph went to %s (%s); this case wants it kept in outcomes", ps[8].Section, ps[8].Evidence)
	}
	checkFlagged(t, ps, 8)
	if ps[9].Confidence < 0.6 {
		t.Errorf("the survey paragraph, whose words say outcomes, was flagged (%s)", ps[9].Evidence)
	}
}

// textdisagrees.go, a little for the heading's section: under a loose
// match, a block whose words point elsewhere at least twice as strongly as
// to the heading's section is flagged; one about as strong for both is not.
func TestLooseHeadingOverMostlyOtherText(t *testing.T) {
	blocks := func(text string) []model.Placement {
		return mapDoc(t, doc(
			h(1, "Ashgrove Youth Service"),
			h(2, "Agency context"), para("Ashgrove Youth Service runs six youth clubs."),
			h(2, "Safeguarding activity"), para("We trained every youth worker."),
			h(2, "Our clubs in the future"),
			para("We will open a seventh club in the spring."),
			para(text),
		))
	}
	ps := blocks("Youth workers attended training on exploitation and delivered sessions in every club this year, and we will keep a record.")
	if ps[7].Section != model.SectionDevelopment {
		t.Fatalf("block 7 in %s, want development kept (%s)", ps[7].Section, ps[7].Evidence)
	}
	checkFlagged(t, ps, 7)
	ps = blocks("We will train youth workers on exploitation and plan sessions in every club next year.")
	if ps[7].Confidence < 0.6 {
		t.Errorf("a plan with a little of activity was flagged (%s)", ps[7].Evidence)
	}
}
