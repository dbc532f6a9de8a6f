package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestFigureLabelsShared: the second count of a pair "N for X and M for Y",
// a total after them, the target in brackets after a figure and a colon
// label holding a duration all keep the label the figures share.
func TestFigureLabelsShared(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // value, measure, group, kind for each figure
	}{
		{"Early help referrals from schools: 640 for primary pupils and 215 for secondary pupils, a total of 855.",
			[]string{"640", "Early help referrals from schools", "primary pupils", "achievement",
				"215", "Early help referrals from schools", "secondary pupils", "achievement",
				"855", "Early help referrals from schools", "", "achievement"}},
		{"Strategy meetings held within 3 working days: 78% (target 85%).",
			[]string{"78%", "Strategy meetings held within 3 working days", "", "achievement",
				"85%", "Strategy meetings held within 3 working days", "", "target"}},
	} {
		a := one(model.SectionActivity, tc.text)
		if len(a.Figures)*4 != len(tc.want) {
			t.Errorf("%q: %d figures, want %d: %+v", tc.text, len(a.Figures), len(tc.want)/4, a.Figures)
			continue
		}
		for i, f := range a.Figures {
			w := tc.want[4*i : 4*i+4]
			if f.Text != w[0] || f.Measure != w[1] || f.Group != w[2] || string(f.Kind) != w[3] {
				t.Errorf("%q: figure %d is %q %q %q %s, want %q", tc.text, i, f.Text, f.Measure, f.Group, f.Kind, w)
			}
		}
	}
}
