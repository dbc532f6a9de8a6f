package rules

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// knob is one tuning value the sweep varies.
type knob struct {
	name   string
	at     func(*tuning) *float64
	values []float64 // absolute values to try; nil: sweepScales times the default
}

var knobs = []knob{
	{"SwitchCost", func(t *tuning) *float64 { return &t.SwitchCost }, nil},
	{"ListSwitchCost", func(t *tuning) *float64 { return &t.ListSwitchCost }, nil},
	{"LeadInCost", func(t *tuning) *float64 { return &t.LeadInCost }, nil},
	{"SkipCost", func(t *tuning) *float64 { return &t.SkipCost }, nil},
	{"RangeCost", func(t *tuning) *float64 { return &t.RangeCost }, nil},
	{"RangeEndCost", func(t *tuning) *float64 { return &t.RangeEndCost }, nil},
	{"CueGain", func(t *tuning) *float64 { return &t.CueGain }, nil},
	{"PositionWeight", func(t *tuning) *float64 { return &t.PositionWeight }, nil},
	{"Support", func(t *tuning) *float64 { return &t.Support }, []float64{1, 0.95, 0.9, 0.85, 0.8, 0.7}},
	{"Temperature", func(t *tuning) *float64 { return &t.Temperature }, []float64{0.5, 1, 1.5, 2, 3}},
	{"EntryCost", func(t *tuning) *float64 { return &t.EntryCost }, []float64{0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3}},
	{"PastWeight", func(t *tuning) *float64 { return &t.PastWeight }, []float64{0, 0.5, 1, 1.5, 2, 3}},
	{"DoubtKnee", func(t *tuning) *float64 { return &t.DoubtKnee }, []float64{0.7, 0.75, 0.8, 0.85, 0.9}},
	{"DoubtSlope", func(t *tuning) *float64 { return &t.DoubtSlope }, []float64{1, 1.5, 2, 2.5, 3}},
}

// extraKnobs are issue 22's numbers; TestMeaningTuneSweep sweeps them too.
var extraKnobs = []knob{
	{"ShortLeadIn", func(t *tuning) *float64 { return &t.ShortLeadIn }, []float64{1.2, 2.5, 4, 6, 10}},
	{"RunCost", func(t *tuning) *float64 { return &t.RunCost }, []float64{1.2, 2, 2.5, 4, 6}},
	{"PeriodWeight", func(t *tuning) *float64 { return &t.PeriodWeight }, []float64{0, 0.5, 1, 2, 3, 4}},
}

// sweepScales multiply a knob's default value.
var sweepScales = []float64{0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3}

// TestMeaningTuneSweep varies one tuning value at a time around the defaults
// and, leaving each agency out in turn, picks the value best on the others
// and reports how the left-out agency fares with it against the default. A
// default on a plateau scores near the best everywhere and the left-out
// choices agree with it. It only logs, and only runs with
// REPORTPIPE_TUNE=1: it is a tool for whoever changes the numbers.
func TestMeaningTuneSweep(t *testing.T) {
	if os.Getenv("REPORTPIPE_TUNE") == "" {
		t.Skip("set REPORTPIPE_TUNE=1 to sweep the tuning values")
	}
	cases := loadEvalCases(t)
	m := defaultMapper(t)
	base := evaluate(t, m, cases)
	agencies := sortedKeys(base.byAgency())
	for _, k := range append(knobs, extraKnobs...) {
		values := k.values
		if values == nil {
			def := *k.at(&defaultTuning)
			for _, s := range sweepScales {
				values = append(values, def*s)
			}
		}
		results := make([]evalResult, len(values))
		var row []string
		for j, v := range values {
			m.tune = defaultTuning
			*k.at(&m.tune) = v
			results[j] = evaluate(t, m, cases)
			rec, share := results[j].lowRecall(0.6)
			row = append(row, fmt.Sprintf("%.2f:%.3f/%.3f/%.3f/%.3f/%.3f[auc %.2f brier %.3f flag %.2f of wrong, %.2f of all; silent %.3f]", v, results[j].mean("headless", ""),
				results[j].mean("part", ""), results[j].mean("fictional", ""), results[j].objective(""), agencyMean(results[j]), results[j].auc(), results[j].brier(), rec, share, results[j].silentMean("")))
		}
		t.Logf("%-14s (headless/part/fictional/objective/agency mean) %s", k.name, strings.Join(row, " "))
		var held []string
		var heldSum, defSum float64
		for _, a := range agencies {
			best := 0
			for j := range results {
				if results[j].objective(a) > results[best].objective(a)+1e-9 {
					best = j
				}
			}
			heldSum += results[best].byAgency()[a]
			defSum += base.byAgency()[a]
			held = append(held, fmt.Sprintf("%s→%.2f (%.3f vs default %.3f)", short(a), values[best],
				results[best].byAgency()[a], base.byAgency()[a]))
		}
		t.Logf("%-14s leave-one-out: %s", k.name, strings.Join(held, "; "))
		t.Logf("%-14s leave-one-out mean %.3f, with the default %.3f", k.name, heldSum/float64(len(agencies)), defSum/float64(len(agencies)))
	}
	m.tune = defaultTuning
}

func sortedKeys(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func short(agency string) string {
	if f := strings.Fields(agency); len(f) > 0 {
		return f[0]
	}
	return agency
}

// TestMeaningTunePairs sweeps pairs of tuning values that trade against each
// other (a section switch against the cue gain, skipping a section against
// the pull of position) on a grid, logging headless, part and fictional
// means and the objective, to see whether the defaults sit on a plateau.
// Runs with REPORTPIPE_TUNE=1.
func TestMeaningTunePairs(t *testing.T) {
	if os.Getenv("REPORTPIPE_TUNE") == "" {
		t.Skip("set REPORTPIPE_TUNE=1 to sweep the tuning values")
	}
	cases := loadEvalCases(t)
	m := defaultMapper(t)
	pairs := [][2]int{{0, 6}, {3, 7}} // indexes into knobs
	for _, pr := range pairs {
		a, b := knobs[pr[0]], knobs[pr[1]]
		for _, sa := range []float64{0.5, 0.75, 1, 1.5, 2} {
			var row []string
			for _, sb := range []float64{0.5, 0.75, 1, 1.5, 2} {
				m.tune = defaultTuning
				*a.at(&m.tune) *= sa
				*b.at(&m.tune) *= sb
				r := evaluate(t, m, cases)
				row = append(row, fmt.Sprintf("%.3f/%.3f/%.3f/%.3f", r.mean("headless", ""), r.mean("part", ""), r.mean("fictional", ""), r.objective("")))
			}
			t.Logf("%s=%.2f, %s x0.5..x2: %s", a.name, *a.at(&defaultTuning)*sa, b.name, strings.Join(row, "  "))
		}
	}
	m.tune = defaultTuning
}

// agencyMean is the mean over agencies of their mean accuracy.
func agencyMean(r evalResult) float64 {
	var sum float64
	by := r.byAgency()
	for _, v := range by {
		sum += v
	}
	return sum / float64(max(1, len(by)))
}
