package notes

import (
	"strings"
	"testing"
)

func TestFiguresNormalise(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"81% of staff", "81%"},
		{"81 per cent of staff", "81%"},
		{"81 percent of staff", "81%"},
		{"81 per  cent, then 9 per\tcent", "81% 9%"},
		{"81  Per Cent", "81%"},
		{"1,200 contacts", "1200"},
		{"1200 contacts", "1200"},
		{"92.50% compliance", "92.5%"},
		{"Level 3 and 72%", "3 72%"},
		{"fact F12 and H1N1", ""},
		{"1,200.5 hours; 7", "1200.5 7"},
	} {
		var got []string
		for _, f := range figures(tc.text) {
			got = append(got, f.String())
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("figures(%q) = %v, want %q", tc.text, got, tc.want)
		}
	}
}

func TestStemJoinsFormsOfOneWord(t *testing.T) {
	for _, pair := range [][2]string{
		{"inspections", "inspection"}, {"trained", "training"}, {"agencies", "agency"},
		{"Services", "service"}, {"increased", "increase"}, {"neglected", "neglect"},
		{"priorities", "priority"}, {"processes", "process"},
	} {
		if a, b := stem(pair[0]), stem(pair[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want the same", pair[0], a, pair[1], b)
		}
	}
	for _, pair := range [][2]string{{"training", "trainee"}, {"focus", "focu"}, {"need", "ne"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("stem(%q) = stem(%q): stems are too loose", pair[0], pair[1])
		}
	}
}

// The sources of the cases below: a fact as the drafter words it and an
// agency's block, both fictional.
var testSources = []string{
	riverside,
	"training Level 3: 72%, below the 90% target",
	"Level 3 safeguarding training compliance is 72 per cent across 1,450 staff; CSE and Prevent awareness sessions were delivered to nursing teams.",
}

func TestSentenceSupport(t *testing.T) {
	src := newSources(testSources)
	for _, tc := range []struct {
		name, note string
		why        string // "" when the note is supported
	}{
		{"faithful", "Riverside's Level 3 training compliance is 72%, below the 90% target.", ""},
		{"figure written differently", "Riverside reports 72 per cent compliance across 1450 staff.", ""},
		{"thousands separator", "Training reached 1,450 staff.", ""},
		{"term in another form", "Riverside delivered Prevent awareness to its nurses' teams and trains staff.", ""},
		{"acronym kept", "CSE awareness sessions were delivered.", ""},
		{"vocabulary is not a claim", "A candidate board priority across partners: training below target.", ""},
		{"invented percentage", "Riverside's Level 3 training is at 81%.", "figure 81%"},
		{"count is not a percentage", "Riverside trained 1,450% of staff.", "figure 1450%"},
		{"percentage is a figure", "Compliance rose to 72 per cent from 65 per cent.", "figure 65%"},
		{"second sentence checked", "Level 3 training is 72%. The target is 95%.", "'The target is 95%.'"},
		{"invented name", "Riverside must tell Ofsted about its training.", "(Ofsted)"},
		{"name in lower case only", "Riverside compliance is below Target.", "(Target)"},
		{"acronym first", "MASH training is below target.", "(MASH)"},
		{"invented key terms", "Riverside failed every inspection and must be reported immediately.", "(failed, inspection, reported, immediately)"},
		{"one content word of four unsupported", "Riverside nursing compliance remains.", ""},
		{"two content words of four unsupported", "Riverside nursing remains excellent.", "(remains, excellent)"},
	} {
		err := src.checkText(tc.note)
		switch {
		case tc.why == "" && err != nil:
			t.Errorf("%s: %q dropped: %v", tc.name, tc.note, err)
		case tc.why != "" && (err == nil || !strings.Contains(err.Error(), tc.why)):
			t.Errorf("%s: %q gave %v, want a reason with %q", tc.name, tc.note, err, tc.why)
		}
	}
}
