package analysis

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// showHeldout prints the progress eval's held-out misses too (for the
// closing note, never for tuning).
var showHeldout = flag.Bool("show-heldout", false, "list the held-out part's misses and extras")

// showClean prints the clean held-out sets' misses too (for a closing
// note, never for tuning).
var showClean = flag.Bool("show-clean", false, "list the clean held-out sets' misses and extras")

// goldFigure is one "=>" line of a figure fixture.
type goldFigure struct {
	agency, value, measure, unit, kind, group, period string
	index                                             int // the block it belongs to
}

// loadFigureFixture reads a figures fixture: one statement per agency (the
// "## section" lines set the section of the lines below) and its gold.
func loadFigureFixture(t *testing.T, path string) ([]*model.Statement, []goldFigure) {
	var stmts []*model.Statement
	var gold []goldFigure
	for _, a := range readFixture(t, path) {
		var bs []fixtureBlock
		for _, sec := range a.order {
			for _, line := range a.parts[sec] {
				if strings.HasPrefix(line, "=> ") {
					g := parseGoldFigure(t, a.name, strings.TrimPrefix(line, "=> "))
					g.index = len(bs) // block 0 is the title line
					gold = append(gold, g)
					continue
				}
				b := fixtureBlock{sec: model.SectionKey(sec), text: line}
				if strings.HasPrefix(line, "- ") {
					b.text, b.list = strings.TrimPrefix(line, "- "), true
				}
				bs = append(bs, b)
			}
		}
		stmts = append(stmts, fixtureStatement(a.name, filepath.Base(path), bs))
	}
	return stmts, gold
}

func parseGoldFigure(t *testing.T, agency, line string) goldFigure {
	f := strings.Split(line, "|")
	if len(f) < 4 {
		t.Fatalf("gold line %q: want VALUE | MEASURE | UNIT | KIND", line)
	}
	g := goldFigure{agency: agency, value: strings.TrimSpace(f[0]), measure: strings.TrimSpace(f[1]),
		unit: strings.TrimSpace(f[2]), kind: strings.TrimSpace(f[3])}
	for _, opt := range f[4:] {
		k, v, _ := strings.Cut(strings.TrimSpace(opt), "=")
		switch k {
		case "group":
			g.group = v
		case "period":
			g.period = v
		}
	}
	return g
}

// figureScore is what the eval counts for one part of the fixtures.
type figureScore struct {
	gold, found, matched     int
	located                  int // gold figures found in their block as written, whatever their measure and kind
	groups, groupsRight      int
	periods, periodsRight    int
	misses, extras, mismatch []string
}

func (s figureScore) precision() float64 { return ratio(s.matched, s.found) }
func (s figureScore) recall() float64    { return ratio(s.matched, s.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreFigures runs the analysis over every fixture in dir and matches its
// figures to the gold: same agency and block, same figure as written, unit
// and kind, and the gold measure inside the figure's measure or group.
func scoreFigures(t *testing.T, dir string) figureScore {
	var s figureScore
	for _, path := range fixtureFiles(t, dir) {
		stmts, gold := loadFigureFixture(t, path)
		a := Analyse(stmts, nil, nil, DefaultOptions())
		used := make([]bool, len(a.Figures))
		s.gold += len(gold)
		s.found += len(a.Figures)
		s.located += countLocated(a.Figures, gold)
		for _, g := range gold {
			i := matchFigure(a.Figures, used, g)
			if i < 0 {
				s.misses = append(s.misses, fmt.Sprintf("%s: %s %s (%s)", g.agency, g.value, g.measure, g.kind))
				continue
			}
			used[i] = true
			s.matched++
			f := a.Figures[i]
			if g.group != "" {
				s.groups++
				if containsFold(f.Group, g.group) {
					s.groupsRight++
				} else {
					s.mismatch = append(s.mismatch, fmt.Sprintf("group %q, want %q (%s)", f.Group, g.group, f.Text))
				}
			}
			if g.period != "" {
				s.periods++
				if containsFold(f.Period, g.period) {
					s.periodsRight++
				} else {
					s.mismatch = append(s.mismatch, fmt.Sprintf("period %q, want %q (%s)", f.Period, g.period, f.Text))
				}
			}
		}
		for i, f := range a.Figures {
			if !used[i] {
				s.extras = append(s.extras, fmt.Sprintf("%s: %s measure=%q group=%q %s %s", f.Agency, f.Text, f.Measure, f.Group, f.Unit, f.Kind))
			}
		}
	}
	return s
}

func matchFigure(fs []model.Figure, used []bool, g goldFigure) int {
	for i, f := range fs {
		if used[i] || f.Agency != g.agency || f.Text != g.value || string(f.Unit) != g.unit || string(f.Kind) != g.kind {
			continue
		}
		if len(f.Citations) == 0 || f.Citations[0].Index != g.index {
			continue
		}
		if containsFold(f.Measure+" "+f.Group, g.measure) {
			return i
		}
	}
	return -1
}

// countLocated counts the gold figures that some figure read gives as
// written, in the same agency and block, each read figure used once: what
// was found as a figure, before whether its measure, unit and kind are
// right. It tells finding the numbers from naming them.
func countLocated(fs []model.Figure, gold []goldFigure) int {
	used := make([]bool, len(fs))
	n := 0
	for _, g := range gold {
		for i, f := range fs {
			if !used[i] && f.Agency == g.agency && f.Text == g.value && len(f.Citations) > 0 && f.Citations[0].Index == g.index {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// figureTuning are the sets the rules are developed on: tuned/ and the
// held-out sets 1 to 26, each clean at its first measurement (recorded in
// pipeline/analysis/README.md) and tuned on after it, and tune27, the
// rule author's cases for the held-out 26 round, written before its rules.
var figureTuning = []string{"figures/tuned", "figures/heldout", "figures/heldout2", "figures/heldout3",
	"figures/heldout4", "figures/heldout5", "figures/heldout6", "figures/heldout7", "figures/heldout8",
	"figures/heldout9", "figures/heldout10", "figures/heldout11", "figures/heldout12", "figures/heldout13",
	"figures/heldout14", "figures/heldout15", "figures/heldout16", "figures/heldout17", "figures/heldout18",
	"figures/heldout19", "figures/heldout20", "figures/heldout21", "figures/heldout22", "figures/heldout23", "figures/heldout24",
	"figures/heldout25", "figures/heldout26", "figures/tune27"}

// figureFloorBelow holds the tuning sets read below the 0.90 floor when
// their round ended, each with the floor it holds instead (its reading at
// the end of that round, so a rule that loses one of its figures fails);
// an entry is deleted when a round reads its set at 0.90. Held-out 25
// held 0.85 after the held-out 25 round (branch figrules26) and reads
// 63 of 63 since the held-out 26 round (branch figrules27), so no set
// holds a lower floor now.
var figureFloorBelow = map[string]float64{}

// figureClean are the held-out sets written before the last round of
// rules and never tuned on: reported apart, their misses never printed
// (unless -show-clean), no floor asserted (a clean set is read once; its
// first-read numbers are in pipeline/analysis/README.md). Held-out 22 and
// 23, written blind, were the clean sets before and are tuning sets now;
// so is held-out 24, written blind while their round was written (first
// read 0.778 / 0.795). Held-out 25, written blind while the held-out 24
// round's rules were written, was the clean set after them (first read
// 0.578 / 0.587, located 0.938 / 0.952) and is a tuning set since the
// held-out 25 round (branch figrules26). Held-out 26, written blind while
// that round's rules were written, was the clean set after them (first
// read 0.698 / 0.673, located 0.943 / 0.909) and is a tuning set since
// the held-out 26 round (branch figrules27). Held-out 27, written blind
// while that round's rules were written, is the clean set: first read
// 0.793 / 0.812 (located 0.951 / 0.975), 0.780 / 0.800 with the rules
// before that round.
var figureClean = []string{"figures/heldout27"}

// figureApart are sets the rule author wrote before a round of rules and
// kept apart from it: never tuned on, reported apart like a clean set (no
// floor), but weaker evidence than a clean set, since the same person
// wrote the cases and the rules. Their misses print only with -show-clean.
// heldout21b was written before the held-out 21 round, apart27 with
// tune27 before the held-out 26 round (read once after its rules).
var figureApart = []string{"figures/heldout21b", "figures/apart27"}

// TestFiguresEval measures the figure rules on the fictional statements:
// the tuning sets, each and together, with a floor that fails when
// extraction breaks, and the clean held-out sets, each and together,
// reported separately.
func TestFiguresEval(t *testing.T) {
	var tuning, clean figureScore
	for _, dir := range figureTuning {
		s := scoreFigures(t, dir)
		logFigureScore(t, "tuning  "+dir, s, testing.Verbose())
		tuning.add(s)
		floor := 0.9
		if f, ok := figureFloorBelow[dir]; ok {
			floor = f
		}
		if s.precision() < floor || s.recall() < floor {
			t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f", dir, s.precision(), s.recall(), floor)
		}
	}
	logFigureScore(t, "tuning  all", tuning, false)
	if tuning.precision() < 0.97 || tuning.recall() < 0.97 {
		t.Errorf("tuning sets: precision %.3f, recall %.3f; want at least 0.97", tuning.precision(), tuning.recall())
	}
	for _, dir := range figureClean {
		s := scoreFigures(t, dir)
		logFigureScore(t, "clean   "+dir, s, testing.Verbose() && *showClean)
		clean.add(s)
	}
	if len(figureClean) > 0 {
		logFigureScore(t, "clean   all", clean, false)
	}
	for _, dir := range figureApart {
		s := scoreFigures(t, dir)
		logFigureScore(t, "apart   "+dir, s, testing.Verbose() && *showClean)
	}
}

// add sums another part's counts into s.
func (s *figureScore) add(o figureScore) {
	s.gold += o.gold
	s.found += o.found
	s.matched += o.matched
	s.located += o.located
	s.groups += o.groups
	s.groupsRight += o.groupsRight
	s.periods += o.periods
	s.periodsRight += o.periodsRight
}

// logFigureScore prints one part's numbers and, when detail, its misses.
func logFigureScore(t *testing.T, name string, s figureScore, detail bool) {
	t.Logf("%s: %d gold figures, %d found, %d right: precision %.3f, recall %.3f; group right %d/%d, period right %d/%d; located %d (precision %.3f, recall %.3f)",
		name, s.gold, s.found, s.matched, s.precision(), s.recall(), s.groupsRight, s.groups, s.periodsRight, s.periods,
		s.located, ratio(s.located, s.found), ratio(s.located, s.gold))
	if !detail {
		return
	}
	for _, m := range s.misses {
		t.Logf("  missed: %s", m)
	}
	for _, e := range s.extras {
		t.Logf("  extra:  %s", e)
	}
	for _, m := range s.mismatch {
		t.Logf("  wrong:  %s", m)
	}
}
