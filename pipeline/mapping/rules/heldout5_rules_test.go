package rules

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The rules written on round3/heldout5 and tune4 (issue 22), each on a
// small fictional statement.

func TestMidInspectionHeadingOpensInspection(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Ferncombe Probation"),
		h(2, "Agency context"), para("Ferncombe Probation supervises 2,000 people."),
		h(2, "Outcomes"), para("Checks were completed for 90% of new cases."),
		h(2, "What the inspectorate found"),
		para("HM Inspectorate of Probation inspected the service in May and rated it good."),
		item("Review risk to children at every home visit."),
		item("Check the quality of safeguarding referrals."),
		para("We have since added a risk review to every home visit."),
		h(2, "Key successes"), para("Our programme was accredited."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "outcomes/s", "outcomes/c",
		"inspection/s", "inspection/c", "inspection/c", "inspection/c", "outcomes/c",
		"successes/s", "successes/c")
	if p := ps[9]; p.Confidence >= 0.6 || p.RunnerUp != model.SectionInspection {
		t.Errorf("the agency's response: confidence %.2f, runner-up %q; want flagged, inspection", p.Confidence, p.RunnerUp)
	}
	if p := ps[6]; p.Confidence < 0.6 {
		t.Errorf("the inspection part: confidence %.2f; want at least 0.6", p.Confidence)
	}
}

func TestMidInspectionHeadingNeedsInspectionText(t *testing.T) {
	// An inspection heading over text that says nothing of an inspection
	// stays a sub-heading, as does one deeper than the section headings.
	ps := mapDoc(t, doc(
		h(2, "Agency context"), para("We run three children's centres."),
		h(2, "Safeguarding activity"), para("We audited 40 case files."),
		h(2, "Inspection readiness"), para("We prepared every team for visits."),
		h(3, "Ofsted inspection"), para("Ofsted inspected the nursery and rated it good; inspectors found strong practice."),
		h(2, "Key areas for development"), para("We will recruit a named nurse."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "activity/s", "activity/c",
		"activity/h", "activity/c", "activity/h", "activity/c", "development/s", "development/c")
}

func TestInspectionHeadingThenTheAgencysOwnHeadings(t *testing.T) {
	// After a leading inspection heading, a heading that says nothing of the
	// inspection starts the statement; one that does stays in the part.
	ps := mapDoc(t, doc(
		h(1, "Ferncombe Youth Justice"),
		h(2, "HM Inspectorate of Probation"),
		para("The inspectorate rated the service good and found that its work with victims was outstanding."),
		h(2, "Recommendations"), para("The inspectors recommended that the board improve its oversight of missing children."),
		h(2, "How is the service set up?"),
		para("Ferncombe Youth Justice is hosted by the county council and works with 200 children from three teams."),
		h(2, "Has it made a difference?"), para("Return interviews rose from 40% to 85%."),
	))
	checkPlacements(t, ps, "inspection/t", "inspection/s", "inspection/c", "inspection/h", "inspection/c",
		"context/h", "context/c", "outcomes/s", "outcomes/c")
}

func TestCoverLetterBeforeFirstHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Ferncombe Fire and Rescue"),
		para("Dear Chair,"),
		para("I enclose our statement for the year. I thank every firefighter for the care they take."),
		para("Yours sincerely,"),
		para("Sam Reed, Chief Fire Officer"),
		h(2, "Agency context"), para("Ferncombe Fire and Rescue covers 600 square miles."),
		h(2, "Safeguarding activity"), para("We trained 500 staff."),
	))
	checkPlacements(t, ps, "context/t", "context/c", "context/c", "context/c", "context/c",
		"context/s", "context/c", "activity/s", "activity/c")
	for i := 1; i <= 4; i++ {
		if ps[i].Confidence >= 0.6 || !strings.Contains(ps[i].Evidence, "cover letter") {
			t.Errorf("letter block %d: confidence %.2f (%s); want flagged as a cover letter", i, ps[i].Confidence, ps[i].Evidence)
		}
	}
	if strings.Contains(ps[6].Evidence, "cover letter") {
		t.Errorf("the statement after the letter: %s", ps[6].Evidence)
	}
	// A salutation with no sign-off before the first heading is no letter.
	p := &plan{m: defaultMapper(t), blocks: doc(para("Dear Chair,"), para("Our year was busy."), h(2, "Context")).Blocks}
	if end := p.coverLetter(0, 2); end != 0 {
		t.Errorf("no sign-off: letter to %d; want none", end)
	}
}

func TestIdeaMatchReadsQuestionAndFirstPersonHeadings(t *testing.T) {
	m := defaultMapper(t)
	cases := []struct {
		heading string
		want    model.SectionKey
	}{
		{"C. Has it worked?", model.SectionOutcomes},
		{"Did it help children?", model.SectionOutcomes},
		{"HOW THINGS CHANGED", model.SectionOutcomes},
		{"Our work with schools", model.SectionActivity},
		{"WHAT WE GOT DONE", model.SectionActivity},
		{"WHAT WE CAN CELEBRATE", model.SectionSuccesses},
		{"What we want to do better", model.SectionDevelopment},
		{"Where we go next", model.SectionDevelopment},
	}
	for _, c := range cases {
		if got := m.headings.match(c.heading); got.Section != c.want || !got.ok() {
			t.Errorf("%q: %s (%.2f via %s); want %s", c.heading, got.Section, got.Score, got.How, c.want)
		}
	}
	// Not worded as a question or in the first person: the idea words say
	// nothing ("Training our staff" is no heading of a section).
	for _, h := range []string{"Training our staff", "Tenancy visits", "Better homes"} {
		if got := ideaMatch(normaliseHeading(h), false); got.Section != "" {
			t.Errorf("%q: idea match %s; want none", h, got.Section)
		}
	}
}

func TestOwnSectionHeadingsBeforeTheFirstMatchedOne(t *testing.T) {
	// Most sections headed in the agency's words and only the last in the
	// template's: the stretch before it is the statement, placed by meaning
	// through to successes, not squeezed into context and activity.
	d := doc(
		h(1, "Ferncombe Homes"),
		h(2, "Our homes"), para("Ferncombe Homes is a housing association with 9,000 homes."),
		h(2, "Training our staff"), para("We trained 200 housing officers to spot neglect."),
		h(2, "Referrals made"), para("Staff made 50 referrals for children, compared with 20 the year before."),
		h(2, "Recognition"), para("Our repairs team was praised and won a regional award."),
		h(2, "Plans for 2020-21"), para("We will add a safeguarding question to repairs bookings."),
	)
	ps := mapDoc(t, d)
	if ps[8].Section != model.SectionSuccesses {
		t.Errorf("recognition: %s (%s); want successes", ps[8].Section, ps[8].Evidence)
	}
	if ps[4].Section != model.SectionActivity || ps[2].Section != model.SectionContext {
		t.Errorf("context / activity: %s, %s", ps[2].Section, ps[4].Section)
	}
}
