package rules

import "math"

// logPartition is log of the sum, over every assignment the chain allows, of
// exp(score/temp): how well the chain as a whole explains the blocks.
func (o *ordered) logPartition(temp float64) float64 {
	n := len(o.emit)
	if n == 0 {
		return 0
	}
	k := len(o.emit[0])
	fw := o.forward(temp, n, k)
	z := negInf
	for s := o.lo; s <= o.hi; s++ {
		z = logAdd(z, fw[n-1][s]-o.end[s]/temp)
	}
	return z
}

// rangeMix accumulates the marginals of the chains tried for every range of
// sections, each weighted by its share of the total partition (its range
// cost included), so a confidence also doubts the range: a block placed in
// activity by the best range is less sure when a range that lets the
// document go on to development explains it nearly as well.
type rangeMix struct {
	temp float64
	logZ []float64
	marg [][][]float64
}

func (r *rangeMix) add(o *ordered, rangeCost float64) {
	r.logZ = append(r.logZ, o.logPartition(r.temp)-rangeCost/r.temp)
	r.marg = append(r.marg, o.marginals(r.temp))
}

// marginals returns the mixed marginals: [block][section].
func (r *rangeMix) marginals() [][]float64 {
	if len(r.marg) == 0 {
		return nil
	}
	z := negInf
	for _, l := range r.logZ {
		z = logAdd(z, l)
	}
	out := make([][]float64, len(r.marg[0]))
	for i := range out {
		out[i] = make([]float64, len(r.marg[0][i]))
	}
	for j, m := range r.marg {
		w := math.Exp(r.logZ[j] - z)
		if w < 1e-9 {
			continue
		}
		for i := range m {
			for s, v := range m[i] {
				out[i][s] += w * v
			}
		}
	}
	return out
}
