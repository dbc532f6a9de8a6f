package rules

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

func defaultMatcher(t testing.TB) *headingMatcher {
	t.Helper()
	tpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := newHeadingMatcher(tpl)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestHeadingMatcher(t *testing.T) {
	m := defaultMatcher(t)
	const none = model.SectionKey("")
	cases := []struct {
		in   string
		want model.SectionKey
	}{
		// The standard titles and their small variations.
		{"Agency Context", model.SectionContext},
		{"Agency Context:", model.SectionContext},
		{"AGENCY CONTEXT", model.SectionContext},
		{"1. Agency context", model.SectionContext},
		{"Safeguarding Children Activity", model.SectionActivity},
		{"Safeguarding Adults/Children Activity", model.SectionActivity},
		{"Outcomes and Impact of Safeguarding Children Activity", model.SectionOutcomes},
		{"Outcomes and Impact of Safeguarding Adults/Children Activity", model.SectionOutcomes},
		{"Key successes", model.SectionSuccesses},
		{"What we are proudest of", model.SectionSuccesses}, // a superlative meets its wording
		{"Key Areas for Development", model.SectionDevelopment},
		{"c) Key Areas for Development:", model.SectionDevelopment},
		// Typos.
		{"Agnecy Contxt", model.SectionContext},
		{"Key Sucesses", model.SectionSuccesses},
		{"Key Areas for Developement", model.SectionDevelopment},
		{"Outcomes and Impcat of Safeguarding Children Activty", model.SectionOutcomes},
		// Agencies' own wordings (fictional variants).
		{"About the Service", model.SectionContext},
		{"Who we are", model.SectionContext},
		{"Background", model.SectionContext},
		{"What we did", model.SectionActivity},
		{"Safeguarding work this year", model.SectionActivity},
		{"Our safeguarding activities in 2019/20", model.SectionActivity},
		{"The difference we have made", model.SectionOutcomes},
		{"Impact on children and families", model.SectionOutcomes},
		{"Achievements", model.SectionSuccesses},
		{"Our highlights", model.SectionSuccesses},
		{"Looking ahead", model.SectionDevelopment},
		{"Priorities for 2020-21", model.SectionDevelopment},
		{"Next steps", model.SectionDevelopment},
		{"Challenges", model.SectionDevelopment},
		{"Ofsted inspection, March 2019: summary", model.SectionInspection},
		{"Peer review", model.SectionInspection},
		{"Impact of safeguarding activity", model.SectionOutcomes},
		{"Safeguarding activity and its impact", model.SectionActivity},
		{"Training and development", model.SectionActivity},
		{"How we know we are making a difference", model.SectionOutcomes},
		{"What the data tells us", model.SectionOutcomes},
		{"Strengths", model.SectionSuccesses},
		{"What we need to do better", model.SectionDevelopment},
		{"Going forward", model.SectionDevelopment},
		{"About Lakeside Police", model.SectionContext},
		{"Setting the scene", model.SectionContext},
		{"Work in the last year", model.SectionActivity},
		{"What has changed", model.SectionOutcomes},
		{"Celebrations", model.SectionSuccesses},
		{"Where we need to improve", model.SectionDevelopment},
		// Near misses that must not name a section.
		{"Contents", none},
		{"Action plan", none},
		{"Glossary", none},
		{"Learning from serious case reviews", none},
		{"Voice of the child", none},
		{"Executive summary", none},
		{"Core practice courses", none},
		{"Safeguarding children training", none},
		{"Contact details", none},
		{"Domestic abuse", none},
		{"Serious case reviews", none},
		{"Missing children", none},
		{"Team structure chart", none},
		{"", none},
	}
	for _, c := range cases {
		got := m.match(c.in)
		if c.want == none {
			if got.ok() {
				t.Errorf("%q matched %s (%.2f via %s); want no match", c.in, got.Section, got.Score, got.How)
			}
			continue
		}
		if !got.ok() || got.Section != c.want {
			t.Errorf("%q → %s (%.2f via %s); want %s", c.in, got.Section, got.Score, got.How, c.want)
		}
	}
}

func TestExactWordingScoresOne(t *testing.T) {
	m := defaultMatcher(t)
	if got := m.match("3.1 Key successes:"); got.Score != 1 {
		t.Errorf("score %.2f, want 1 for a standard title after normalising", got.Score)
	}
	if got := m.match("Key Sucesses"); got.Score >= 1 || got.Score < headingThreshold {
		t.Errorf("typo score %.2f: want fuzzy (between threshold and 1)", got.Score)
	}
}

func TestLevenshtein(t *testing.T) {
	cases := []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"context", "contxt", 1}, {"same", "same", 0}, {"agnecy", "agency", 1}}
	for _, c := range cases {
		if got := levenshtein(c.a, c.b); got != c.d {
			t.Errorf("levenshtein(%q,%q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}
