package rules

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The headed round 3 sets read again with their section headings taken out
// (the title kept): the headingless shape issue 22 measures, on statements
// whose headingless reading no rule was written against. Each set's first
// read this way was taken once, on main at 85c11e9 before any rule of the
// stripped round (7 December 2026, 23:05 UTC): all 65 statements 0.827 /
// silent 0.032; heldout7 (blind, never tuned on in any form) 0.713 / 0.087.
// The floors and ceilings are those reads; a set a later round tunes on
// says so beside its floor. The lessrules round of issue 22 (headingless
// rules: setaside.go and the files it names, 7 December 2026) tuned on
// every set here but heldout7, whose stripped reading it never looked at
// (run with STRIPPED_SKIP=heldout7); over those 57 statements 0.843 /
// silent 0.025 before it, 0.958 / 0.001 after. heldout7 read after it
// merged (the lead, once): 0.713 / 0.087 -> 0.781 / 0.069; the shared
// corpus read the same way (real text, TestCorpusStripped) stayed 0.780 /
// 0.028: the round's gains carried only partly to statements it never saw.
// The lessrules2 round (8 December 2026: headlessending.go,
// headlessopening.go, inspectionresults.go, auditfinding.go, takenup.go,
// and small additions to headlessinspection.go, staffdoing.go,
// comparison.go and inspection.go) tuned on heldout8 and heldout9 read this
// way; every other set here was read by its summary line only. All 91
// statements: 0.889 / 0.020 before it, 0.922 / 0.006 after; the shared
// corpus read this way stayed 0.780 / 0.028.
// The lessrules3 round (8 December 2026: ownplans.go, longsignature.go,
// summarylist.go, answersbelow.go, resultamong.go, auditpart.go,
// todoplan.go, salutation.go, proudof.go, describesagain.go, and a line in
// headlessending.go) tuned on heldout10 read this way (its misses read
// block by block) and on round3/tuneless7; every other set here was read
// by its summary line only. All 98 statements: 0.911 / 0.011 before it,
// 0.922 / 0.006 after; the shared corpus read this way stayed 0.780 /
// 0.028. Floors raised where the round's rules raised a set's read.
var round3StrippedSets = []struct {
	dir         string
	floor, ceil float64
}{
	// Tuned on by the lessrules round: the floors are its reads (first read
	// before it in the comment after each).
	{"testdata/round3/tune3/corpus/truth", 0.95, 0.01},     // 0.911 / 0     -> 0.957 / 0
	{"testdata/round3/heldout3/corpus/truth", 0.98, 0.01},  // 0.923 / 0.022 -> 0.987 / 0
	{"testdata/round3/heldout4/corpus/truth", 0.92, 0.01},  // 0.864 / 0.020 -> 0.895 / 0 (-> 0.926 / 0 by lessrules2's takenup.go, unread)
	{"testdata/round3/heldout5/corpus/truth", 0.98, 0.01},  // 0.897 / 0     -> 0.986 / 0
	{"testdata/round3/tune4/corpus/truth", 0.99, 0.01},     // 0.888 / 0     -> 1.000 / 0
	{"testdata/round3/heldout5b/corpus/truth", 0.97, 0.01}, // 0.827 / 0     -> 0.975 / 0
	{"testdata/round3/heldout6/corpus/truth", 0.94, 0.01},  // 0.766 / 0.069 -> 0.943 / 0.007
	{"testdata/round3/tune5/corpus/truth", 0.92, 0.01},     // 0.600 / 0.079 -> 0.926 / 0
	// Never tuned on in this form (the lessrules round never read it): the
	// first read's floor.
	{"testdata/round3/heldout7/corpus/truth", 0.80, 0.04}, // untuned by lessrules: 0.713 / 0.087 -> 0.781 / 0.069; by lessrules2 (never read): 0.781 / 0.063 -> 0.792 / 0.035; by lessrules3 (summary line only): -> 0.805 / 0.035
	// heldout8: blind, read once after both rounds (0.698 / 0.096 before
	// them, 0.783 / 0.091 after); its stripped misses were read by the
	// headrules8 round (a tuning set since), whose owncues.go flagged some:
	// 0.783 / 0.080. heldout9: blind, read once after the headrules8 round
	// (0.810 / 0.077 before it, 0.810 / 0.059 after). Both are tuning sets
	// of the lessrules2 round (their misses read block by block, with
	// STRIPPED_MISSES): 0.783 / 0.080 -> 0.888 / 0.015 and 0.810 / 0.059
	// -> 0.857 / 0.020; the floors are that.
	// lessrules3 (summary lines only): heldout8 0.888 -> 0.892, heldout9
	// 0.857 -> 0.865, silent unchanged.
	{"testdata/round3/heldout8/corpus/truth", 0.89, 0.02},
	{"testdata/round3/heldout9/corpus/truth", 0.86, 0.025},
	// tune6 (headrules7, tuned on with its headings) was added after both
	// rounds' rules, neither of which read it this way: 0.627 / 0.051 with
	// main before lessrules merged, 0.774 / 0.037 after (its first read
	// under the lessrules rules, which never saw it); the floors are that.
	// lessrules2 (never read block by block): 0.774 / 0.037 -> 0.855 / 0.
	// lessrules3 (summary line only): 0.855 / 0 -> 0.896 / 0.
	{"testdata/round3/tune6/corpus/truth", 0.89, 0.01},
	// tune7 (headrules8, written for heldout8's shapes, tuned on):
	{"testdata/round3/tune7/corpus/truth", 0.88, 0.01}, // first read 0.704 / 0.014 (before any rule of the round); lessrules2 (never read block by block): 0.886 / 0
	// heldout10: blind (blindmap10), read once after the headrules9 and
	// lessrules2 rounds, which never saw it: 0.774 / 0.068 (0.758 / 0.074
	// under the rules before them). A tuning set since the lessrules3 round
	// (its misses read block by block with STRIPPED_MISSES=heldout10, and
	// round3/tuneless7 written for their shapes): 0.774 / 0.068 before the
	// round, 0.856 / 0 after; the floors are that. No longer a blind read.
	{"testdata/round3/heldout10/corpus/truth", 0.85, 0.01},
	// heldout11: blind (blindmap11), read once after the headrules10 and
	// lessrules3 rounds, which never saw it: 0.746 / 0.087 (0.725 / 0.097
	// under the rules before them). Never tuned on; the floors guard that read.
	{"testdata/round3/heldout11/corpus/truth", 0.74, 0.09},
}

// stripped is c with its section headings removed and its blocks
// renumbered, as an agency that ignored the template would send it.
func stripped(c evalCase) evalCase {
	c.td = stripHeadings(c.td)
	c.td.variant = "stripped"
	for i, b := range c.td.doc.Blocks {
		model.SetIndex(b, i)
	}
	c.name += " (headings taken out)"
	return c
}

// TestRound3Stripped maps every headed round 3 set with its headings taken
// out and checks each set's mean accuracy and silent share against the
// floors above (issue 22's headingless bar is 0.85 / 0.03). STRIPPED_SKIP
// names a set not to read (STRIPPED_SKIP=heldout7 while tuning, so the
// blind set's statements stay unseen); STRIPPED_MISSES names the sets whose
// every block is logged with its truth and placement (a tuning set's
// misses, read on purpose; never a set kept aside).
func TestRound3Stripped(t *testing.T) {
	m := round3Mapper(t)
	var allAcc, allSil float64
	var all int
	skip := os.Getenv("STRIPPED_SKIP")
	show := os.Getenv("STRIPPED_MISSES")
	for _, set := range round3StrippedSets {
		if skip != "" && strings.Contains(set.dir, skip) {
			t.Logf("stripped: %s not read (STRIPPED_SKIP)", set.dir)
			continue
		}
		var acc, sil float64
		var n int
		for _, c := range loadShapeSet(t, set.dir, 4) {
			if c.td.variant != "styled" {
				continue
			}
			c = stripped(c)
			a, s := mapAndScore(t, m, c)
			if show != "" && strings.Contains(set.dir, show) {
				logMisses(t, m, c)
			}
			acc, sil, n = acc+a, sil+s, n+1
		}
		if n == 0 {
			t.Errorf("%s: no headed statements", set.dir)
			continue
		}
		a, s := acc/float64(n), sil/float64(n)
		t.Logf("stripped %-40s n=%d accuracy %.3f (floor %.2f) silent %.3f (ceiling %.2f)", set.dir, n, a, set.floor, s, set.ceil)
		if a < set.floor {
			t.Errorf("%s stripped: accuracy %.3f under %.2f", set.dir, a, set.floor)
		}
		if s > set.ceil {
			t.Errorf("%s stripped: silent %.3f over %.2f", set.dir, s, set.ceil)
		}
		allAcc, allSil, all = allAcc+acc, allSil+sil, all+n
	}
	t.Logf("stripped, all sets: n=%d accuracy %.3f silent %.3f", all, allAcc/float64(all), allSil/float64(all))
}

// mapAndScore maps one case, checks that no block was lost or repeated,
// logs its reading and returns its accuracy and silent share (wrong at
// confidence 0.6 or more).
func mapAndScore(t *testing.T, m *Mapper, c evalCase) (acc, silent float64) {
	t.Helper()
	ps, err := m.Map(context.Background(), c.td.doc)
	if err != nil {
		t.Fatal(err)
	}
	checkConservation(t, c.td.doc, ps)
	acc, silent = accuracy(c.td, ps), silentShare(c.td, ps, 0.6)
	t.Logf("acc %.3f silent %.3f  %s  %s", acc, silent, sectionsString(ps), c.name)
	return acc, silent
}

// logMisses logs every content block of c: its truth labels, where it was
// placed and how sure, "!" for a silent error and "~" for a flagged one.
func logMisses(t *testing.T, m *Mapper, c evalCase) {
	t.Helper()
	ps, err := m.Map(context.Background(), c.td.doc)
	if err != nil {
		t.Fatal(err)
	}
	for i, labels := range c.td.labels {
		mark := " "
		if labels != nil && !slices.Contains(labels, string(ps[i].Section)) {
			mark = "~"
			if ps[i].Confidence >= 0.6 {
				mark = "!"
			}
		}
		text := ps[i].Block.PlainText()
		if len(text) > 110 {
			text = text[:110]
		}
		t.Logf("%s %2d %-24s -> %-12s %.2f ru=%-11s %s", mark, i, strings.Join(labels, ","), ps[i].Section, ps[i].Confidence, ps[i].RunnerUp, text)
	}
}

// The lessrules2 round (issue 22): heldout8 and heldout9 read with their
// headings taken out became tuning sets; their misses were read
// (STRIPPED_MISSES) and, before any rule, two headingless sets were
// written for their shapes in other words and agencies: tuneless6 (five
// statements, tuned on) and lessapart6 (three, never tuned on, read once
// after the rules were final). See their READMEs.
const (
	tuneLess6Dir  = "testdata/round3/tuneless6/corpus/truth"
	lessApart6Dir = "testdata/round3/lessapart6/corpus/truth"
)

// TestRound3TuneLess6 maps tuneless6. First read, before any rule of the
// round (8 December 2026, 01:52 UTC, on main 9e4cfab): accuracy 0.733 /
// silent 0.147 (Amberwick 0.691 / 0.249, Caddon Vale 0.864 / 0.136,
// Fellbeck 0.647 / 0.052, Rookhope 0.846 / 0.096, Stannington 0.619 /
// 0.201). After the round's rules: 0.950 / 0 (Amberwick 0.947, Caddon
// Vale 1.000, Fellbeck 0.906, Rookhope 1.000, Stannington 0.895; what is
// left: the preface and the foreword in context, flagged, truth
// unmapped); the floors are that.
func TestRound3TuneLess6(t *testing.T) {
	evalHeadlessSet(t, tuneLess6Dir, 5, 0.94, 0.01)
}

// TestRound3LessApart6 maps lessapart6, the part never tuned on. Its read
// after the round's rules were final (39bc374): accuracy 0.903 / silent
// 0.028 (Durnford 0.866 / 0, Hexley 1.000 / 0, Tresswell 0.844 / 0.083);
// the same as an early read by mistake of its summary line alone, after
// the first four rules (see its README). With main before the round
// (9e4cfab), read afterwards for comparison: 0.775 / 0.103. Its blocks
// were never looked at; the floors are the read, as a guard.
func TestRound3LessApart6(t *testing.T) {
	evalHeadlessSet(t, lessApart6Dir, 3, 0.90, 0.03)
}

// evalHeadlessSet maps every statement of a headingless set (at least
// least of them) and checks its mean accuracy and silent share.
func evalHeadlessSet(t *testing.T, dir string, least int, floor, ceil float64) {
	m := round3Mapper(t)
	var acc, sil float64
	var n int
	for _, c := range loadShapeSet(t, dir, least) {
		a, s := mapAndScore(t, m, c)
		acc, sil, n = acc+a, sil+s, n+1
		if show := os.Getenv("STRIPPED_MISSES"); show != "" && strings.Contains(dir, show) {
			logMisses(t, m, c)
		}
	}
	a, s := acc/float64(n), sil/float64(n)
	t.Logf("%s n=%d accuracy %.3f (floor %.2f) silent %.3f (ceiling %.2f)", dir, n, a, floor, s, ceil)
	if a < floor {
		t.Errorf("%s: accuracy %.3f under %.2f", dir, a, floor)
	}
	if s > ceil {
		t.Errorf("%s: silent %.3f over %.2f", dir, s, ceil)
	}
}

// The lessrules3 round (issue 22): heldout10 read with its headings taken
// out became a tuning set; its misses were read (STRIPPED_MISSES) and,
// before any rule, two headingless sets were written for their shapes in
// other words and agencies: tuneless7 (five statements, tuned on) and
// lessapart7 (two, never tuned on, read once after the rules were final).
// See their READMEs.
const (
	tuneLess7Dir  = "testdata/round3/tuneless7/corpus/truth"
	lessApart7Dir = "testdata/round3/lessapart7/corpus/truth"
)

// TestRound3TuneLess7 maps tuneless7. First read, before any rule of the
// round (8 December 2026, about 02:47 UTC, on main e500127): accuracy
// 0.674 / silent 0.038 (Ashgill 0.434 / 0, Corrie Sands 0.739 / 0.091,
// Marlcombe 0.503 / 0.097, Pellow Bay 0.828 / 0, Wendlebury 0.865 / 0).
// After the round's rules: 0.899 / 0 (Ashgill 0.775, Corrie Sands 0.837,
// Marlcombe 0.950, Pellow Bay 1.000, Wendlebury 0.933; what is left:
// prefaces in context, flagged, truth unmapped, and results or work told
// out of the template's order, flagged); the floors are that.
func TestRound3TuneLess7(t *testing.T) {
	evalHeadlessSet(t, tuneLess7Dir, 5, 0.89, 0.01)
}

// TestRound3LessApart7 maps lessapart7, the part never tuned on. Its
// single read after the round's rules were final (cb98173, 8 December
// 2026): accuracy 0.877 / silent 0 (Brackwater 0.940 / 0, Stoneycroft
// 0.815 / 0). With main before the round (e500127), read afterwards for
// comparison: 0.613 / 0.049 (Brackwater 0.752 / 0.098, Stoneycroft 0.473
// / 0). Its blocks were never looked at; the floors are the read, as a
// guard.
func TestRound3LessApart7(t *testing.T) {
	evalHeadlessSet(t, lessApart7Dir, 2, 0.87, 0.01)
}
