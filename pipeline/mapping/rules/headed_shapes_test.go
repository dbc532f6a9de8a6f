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
