package rules

import (
	"testing"
)

// The headingless sets of the lessrules round (issue 22), written for the
// shapes the stripped reading of the round 3 sets showed
// (round3_stripped_test.go), in other words and agencies, each committed
// before the rules for its shapes and tuned on (see their READMEs).
// tuneless1: an inspection or peer review reported in the middle of a
// headingless statement, a return form's frame lines and a glossary with
// no heading, a run of figures before the agency describes itself, and a
// case that must stay as it is (an inspector named in a success and a
// plan). tuneless2: what was done told with the staff as subject in the
// past tense, a closing thank-you and a sign-off line, a leading
// inspection's list with no lead-in, figures first again. tuneless3: a
// plan or an award told early, out of the template's order, and a case
// that must stay ("we will continue" in the description). tuneless4:
// results told as counts against the year before; list items opening
// "telling", "emailing". tuneless5: who leads, in its own paragraph in the
// present tense with a role as subject.
var tuneLessSets = []struct {
	dir, name   string
	least       int
	floor, ceil float64
}{
	// first read -> after the round's rules (the floors)
	{"testdata/round3/tuneless1/corpus/truth", "tuneless1", 8, 0.98, 0.01}, // 0.599 / 0.061 -> 0.982 / 0
	{"testdata/round3/tuneless2/corpus/truth", "tuneless2", 4, 0.99, 0.01}, // 0.837 / 0.035 -> 1.000 / 0
	{"testdata/round3/tuneless3/corpus/truth", "tuneless3", 4, 0.99, 0.01}, // 0.802 / 0     -> 1.000 / 0
	{"testdata/round3/tuneless4/corpus/truth", "tuneless4", 2, 0.87, 0.01}, // 0.665 / 0     -> 0.874 / 0
	{"testdata/round3/tuneless5/corpus/truth", "tuneless5", 2, 0.92, 0.01}, // 0.726 / 0     -> 0.928 / 0
}

// TestRound3TuneLess maps the lessrules round's headingless sets. Their
// first reads, before the rules for them, are in their READMEs; the floors
// are the reads after them.
func TestRound3TuneLess(t *testing.T) {
	m := round3Mapper(t)
	for _, set := range tuneLessSets {
		var acc, sil float64
		var n int
		for _, c := range loadShapeSet(t, set.dir, set.least) {
			a, s := mapAndScore(t, m, c)
			acc, sil, n = acc+a, sil+s, n+1
		}
		a, s := acc/float64(n), sil/float64(n)
		t.Logf("%s n=%d accuracy %.3f (floor %.2f) silent %.3f (ceiling %.2f)", set.name, n, a, set.floor, s, set.ceil)
		if a < set.floor {
			t.Errorf("%s: accuracy %.3f under %.2f", set.name, a, set.floor)
		}
		if s > set.ceil {
			t.Errorf("%s: silent %.3f over %.2f", set.name, s, set.ceil)
		}
	}
}
