package rules

import (
	"math"
	"reflect"
	"testing"
)

// plain fills the skip, start and end costs with zeros.
func plain(o *ordered) *ordered {
	k := len(o.emit[0])
	o.start, o.end = flat(k, 0), flat(k, 0)
	o.skip = make([][]float64, k)
	for i := range o.skip {
		o.skip[i] = flat(k, 0)
	}
	return o
}

func flat(n int, c float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = c
	}
	return out
}

func TestViterbiKeepsOrderAndFollowsEvidence(t *testing.T) {
	// Three sections. Block 2 alone prefers section 0 but sits between
	// blocks that prefer 1 and 2: order forbids going back.
	o := plain(&ordered{
		emit: [][]float64{
			{3, 0, 0},
			{0, 3, 0},
			{2, 0, 0},
			{0, 0, 3},
		},
		cost: flat(4, 0.5), lo: 0, hi: 2,
	})
	got, _ := o.best()
	for i := 1; i < len(got); i++ {
		if got[i] < got[i-1] {
			t.Fatalf("assignment %v goes back", got)
		}
	}
	if got[0] != 0 || got[3] != 2 {
		t.Errorf("assignment %v ignores strong evidence", got)
	}
}

func TestViterbiSwitchCostSmoothsWeakEvidence(t *testing.T) {
	o := plain(&ordered{
		emit: [][]float64{{2, 0}, {0, 0.3}, {2, 0}, {0, 2}},
		cost: flat(4, 1), lo: 0, hi: 1,
	})
	if got, _ := o.best(); !reflect.DeepEqual(got, []int{0, 0, 0, 1}) {
		t.Errorf("best = %v, want [0 0 0 1]", got)
	}
}

func TestViterbiBounds(t *testing.T) {
	o := plain(&ordered{emit: [][]float64{{5, 0, 0}, {5, 0, 0}}, cost: flat(2, 1), lo: 1, hi: 2})
	path, _ := o.best()
	for _, s := range path {
		if s < 1 {
			t.Fatalf("section %d outside bounds 1..2", s)
		}
	}
}

func TestMarginalsSumToOneAndMatchBruteForce(t *testing.T) {
	o := plain(&ordered{
		emit: [][]float64{{1, 0.2, 0}, {0.5, 0.6, 0.1}, {0, 0.3, 1.2}},
		cost: []float64{0, 0.4, 0.7}, lo: 0, hi: 2,
	})
	o.skip[0][2] = 0.9
	o.start = []float64{0, 0.3, 1}
	o.end = []float64{0.5, 0.2, 0}
	const temp = 0.8
	got := o.marginals(temp)
	// Brute force over all monotone assignments.
	want := [3][3]float64{}
	var z float64
	for a := 0; a < 3; a++ {
		for b := a; b < 3; b++ {
			for c := b; c < 3; c++ {
				path := []int{a, b, c}
				s := -o.start[a] - o.end[c]
				for i, p := range path {
					s += o.emit[i][p]
					if i > 0 && p != path[i-1] {
						s -= o.cost[i] + o.skip[path[i-1]][p]
					}
				}
				w := math.Exp(s / temp)
				z += w
				for i, p := range path {
					want[i][p] += w
				}
			}
		}
	}
	best, score := o.best()
	bestScore, bestPath := math.Inf(-1), []int(nil)
	for a := 0; a < 3; a++ {
		for b := a; b < 3; b++ {
			for c := b; c < 3; c++ {
				path := []int{a, b, c}
				s := -o.start[a] - o.end[c]
				for i, p := range path {
					s += o.emit[i][p]
					if i > 0 && p != path[i-1] {
						s -= o.cost[i] + o.skip[path[i-1]][p]
					}
				}
				if s > bestScore {
					bestScore, bestPath = s, path
				}
			}
		}
	}
	if !reflect.DeepEqual(best, bestPath) || math.Abs(score-bestScore) > 1e-9 {
		t.Errorf("best = %v (%.4f), brute force %v (%.4f)", best, score, bestPath, bestScore)
	}
	for i := range 3 {
		for s := range 3 {
			if math.Abs(got[i][s]-want[i][s]/z) > 1e-9 {
				t.Errorf("marginal[%d][%d] = %.6f, want %.6f", i, s, got[i][s], want[i][s]/z)
			}
		}
	}
}
