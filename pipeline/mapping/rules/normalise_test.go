package rules

import "testing"

func TestNormaliseHeading(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Agency Context:", "agency context"},
		{"AGENCY CONTEXT", "agency context"},
		{"3. Key Successes", "key successes"},
		{"3.1 Key Successes", "key successes"},
		{"3.1. Key successes:", "key successes"},
		{"a) Impact", "impact"},
		{"(ii) Next steps", "next steps"},
		{"iv. Next steps", "next steps"},
		{"Section 4: Outcomes", "outcomes"},
		{"Safeguarding Adults/Children Activity", "safeguarding children activity"},
		{"Safeguarding Children/Adults Activity", "safeguarding children activity"},
		{"Safeguarding Adults and Children Activity", "safeguarding children activity"},
		{"Outcomes & Impact of Safeguarding Children Activity", "outcomes and impact of safeguarding children activity"},
		{"Children’s services – overview", "children s services overview"},
		{"  Key   Areas for\tDevelopment ", "key areas for development"},
		// Named parts before a separator (issue 22).
		{"Part 3 - What changed", "what changed"},
		{"Part One – Who we are", "who we are"},
		{"PART TWO — WHAT WE DID", "what we did"},
		{"Section B: Our work", "our work"},
		{"Chapter 4. Next steps", "next steps"},
		{"Step iii: Impact", "impact"},
		{"1 - Introduction", "introduction"},
		{"B – Key successes", "key successes"},
		// Not numbering: a word that starts a heading stays.
		{"Part of the community", "part of the community"},
		{"Section heads meet", "section heads meet"},
		{"A-level results", "a level results"},
		{"A new approach", "a new approach"},
		{"I am proud", "i am proud"},
		{"2015-16 activity", "2015 16 activity"},
	}
	for _, c := range cases {
		if got := normaliseHeading(c.in); got != c.want {
			t.Errorf("normaliseHeading(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
