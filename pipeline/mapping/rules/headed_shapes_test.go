package rules

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Headed shapes found on round3/tune3 (issue 22): question-form headings,
// a heading run into its paragraph, headings in the agency's own order.

func TestQuestionHeadingForms(t *testing.T) {
	m := defaultMatcher(t)
	for _, c := range []struct {
		in   string
		want model.SectionKey
	}{
		{"Who are we?", model.SectionContext},
		{"What did we do in 2019-20?", model.SectionActivity},
		{"What have we done?", model.SectionActivity},
		{"What are we proud of?", model.SectionSuccesses},
		{"What will we do next year?", model.SectionDevelopment},
		{"Our work during 2019/20", model.SectionActivity},
	} {
		if got := m.match(c.in); !got.ok() || got.Section != c.want {
			t.Errorf("%q: got %s (%.2f), want %s", c.in, got.Section, got.Score, c.want)
		}
	}
	// A year alone is not dropped, and a question that names no section
	// still names none.
	if got := withoutYear("2019 20"); got != "2019 20" {
		t.Errorf("withoutYear(2019 20) = %q", got)
	}
	if got := m.match("Why does it matter?"); got.ok() {
		t.Errorf("a question naming no section matched %s (%.2f)", got.Section, got.Score)
	}
}

func TestStatementForm(t *testing.T) {
	for in, want := range map[string]string{
		"what did we do in 2019 20":   "what we did in 2019 20",
		"who are we":                  "who we are",
		"what do we do":               "what we do",
		"what have we done":           "what we have done",
		"what difference did it make": "what difference did it make", // not inverted after "what"
		"our work":                    "our work",
	} {
		if got := statementForm(in); got != want {
			t.Errorf("statementForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRunInHeadingOpensSection(t *testing.T) {
	d := doc(
		h(1, "Riverside Academy"),
		h(2, "Context"),
		para("Riverside Academy is a secondary school with 900 students."),
		h(2, "Outcomes"),
		para("Students reporting concerns to staff rose from 10 to 40."),
		para("Key successes: our student ambassadors led assemblies on online safety for primary schools."),
		para("Training: all tutors completed the new online safety course."),
		h(2, "Development"),
		para("We will survey parents next year."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "outcomes/s", "outcomes/c",
		"successes/c", "successes/c", "development/s", "development/c")
	if !strings.Contains(ps[5].Evidence, "run into its text") || ps[5].Confidence < 0.6 {
		t.Errorf("run-in heading: %.2f %q", ps[5].Confidence, ps[5].Evidence)
	}
}

func TestRunInNeedsExactWording(t *testing.T) {
	d := doc(
		h(1, "Riverside Academy"),
		h(2, "Outcomes"),
		para("Students reporting concerns to staff rose from 10 to 40."),
		para("Successful referrals: thirty of them led to an assessment by children's social care."),
		h(2, "Key successes"),
		para("Our ambassadors led assemblies."),
	)
	ps := mapDoc(t, d)
	if ps[3].Section != model.SectionOutcomes {
		t.Errorf("a label that is no heading wording moved the paragraph to %s (%s)", ps[3].Section, ps[3].Evidence)
	}
}

func TestHeadingsOutOfOrder(t *testing.T) {
	d := doc(
		h(1, "Northgate Homes"),
		h(2, "Who we are"),
		para("Northgate Homes is a housing association with 4,000 homes."),
		h(2, "Our priorities for 2020-21"),
		para("We will train all repairs staff."),
		h(2, "Our year"),
		para("We joined the exploitation panel and trained our foyer staff in spotting exploitation."),
		h(2, "The difference we have made"),
		para("Foyer staff raised 19 concerns, compared with 3 the year before."),
		h(2, "Proudest moments"),
		para("A young person from our foyer spoke at the partnership's conference."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "development/s", "development/c",
		"activity/h", "activity/c", "outcomes/s", "outcomes/c", "successes/h", "successes/c")
	// The order gives no support: the success stretch, whose words say
	// little, is flagged for a reviewer.
	if ps[10].Confidence >= 0.6 {
		t.Errorf("stretch placed against the order at %.2f, want under 0.6", ps[10].Confidence)
	}
}

// Topics at the section headings' level under a section heading with no
// text of its own stay in that section (the gap rule would have taken them
// for the missing outcomes), and an "Impact:" run into a topic's paragraph
// opens outcomes for that paragraph only.
func TestTopicsUnderEmptySectionHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brackenbury Children's Services"),
		h(2, "Agency context"), para("Brackenbury Children's Services supports 1,500 children in need."),
		h(2, "Safeguarding activity"),
		h(2, "Neglect"), para("We introduced a neglect toolkit and trained 120 social workers."),
		para("Impact: repeat child protection plans for neglect fell from 20% to 11%."),
		h(2, "Exploitation"), para("We set up a weekly exploitation panel with the police."),
		h(2, "Key successes"), para("Our edge of care team won a regional award."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c", "activity/s",
		"activity/h", "activity/c", "outcomes/c", "activity/h", "activity/c",
		"successes/s", "successes/c")
	if !strings.Contains(ps[4].Evidence, "a topic under") {
		t.Errorf("topic evidence: %q", ps[4].Evidence)
	}
}

// A paragraph that opens with a heading run into its text, whose section
// cannot open where it stands (backwards), is flagged with that section as
// runner-up.
func TestBlockedRunInIsFlagged(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Riverside Academy"),
		h(2, "Context"), para("Riverside Academy is a secondary school with 900 students."),
		h(2, "Key areas for development"), para("We will survey parents next year."),
		para("Outcomes: students reporting concerns rose from 10 to 40."),
	))
	if ps[5].Section != model.SectionDevelopment || ps[5].Confidence >= 0.6 || ps[5].RunnerUp != model.SectionOutcomes {
		t.Errorf("got %s %.2f runner-up %q (%s)", ps[5].Section, ps[5].Confidence, ps[5].RunnerUp, ps[5].Evidence)
	}
}

// The last heading, in the agency's own words with no matched heading after
// it, opens the last required section when that has no heading and its
// words point there ("We will ..."), flagged.
func TestLastHeadingInOwnWordsOpensMissingDevelopment(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Lowmoor Youth Justice Service"),
		h(2, "Agency context"), para("Lowmoor Youth Justice Service works with 200 children a year."),
		h(2, "Key successes"), para("Our victim service was praised by the inspectors."),
		h(2, "Where do we go from here?"), para("We will work with schools to reduce exclusions next year."),
	))
	if ps[6].Section != model.SectionDevelopment || ps[6].Confidence >= 0.6 || ps[6].RunnerUp != model.SectionSuccesses {
		t.Errorf("got %s %.2f runner-up %q (%s)", ps[6].Section, ps[6].Confidence, ps[6].RunnerUp, ps[6].Evidence)
	}
}
