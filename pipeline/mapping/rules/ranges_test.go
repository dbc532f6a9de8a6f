package rules

import (
	"math"
	"testing"
)

func TestLogPartitionSumsEveryAssignment(t *testing.T) {
	// Two blocks, two sections, no costs: the monotone assignments are
	// (0,0), (0,1) and (1,1).
	o := plain(&ordered{emit: [][]float64{{1, 0}, {0, 2}}, cost: flat(2, 0), lo: 0, hi: 1})
	want := math.Log(math.Exp(1+0) + math.Exp(1+2) + math.Exp(0+2))
	if got := o.logPartition(1); math.Abs(got-want) > 1e-9 {
		t.Errorf("logPartition = %v, want %v", got, want)
	}
}

// TestRangeMixDoubtsTheRange: one chain allows only section 0, another
// sections 0..1 and explains the last block better. Mixed, the last block's
// marginal for section 0 is below 1 (the first chain alone says 1) and
// between the two chains' values; a chain whose range costs a fortune
// counts for nothing.
func TestRangeMixDoubtsTheRange(t *testing.T) {
	emit := [][]float64{{2, 0}, {0, 2}}
	narrow := plain(&ordered{emit: emit, cost: flat(2, 0), lo: 0, hi: 0})
	wide := plain(&ordered{emit: emit, cost: flat(2, 0), lo: 0, hi: 1})
	mix := &rangeMix{temp: 1}
	mix.add(narrow, 0)
	mix.add(wide, 0)
	got := mix.marginals()[1][0]
	lo, hi := wide.marginals(1)[1][0], narrow.marginals(1)[1][0]
	if !(got > lo && got < hi) || hi != 1 {
		t.Errorf("mixed marginal %v, want strictly between %v and %v", got, lo, hi)
	}
	only := &rangeMix{temp: 1}
	only.add(narrow, 0)
	only.add(wide, 1e6)
	if v := only.marginals()[1][0]; math.Abs(v-1) > 1e-9 {
		t.Errorf("a range that costs a fortune still counts: marginal %v, want 1", v)
	}
}
