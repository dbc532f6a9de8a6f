package rules

import "math"

// ordered is a chain problem for the meaning mapper: n blocks, k sections in
// template order, an emission score for each block and section, and costs
// for changing section. The best assignment never goes back to an earlier
// section (the template's order) and may skip sections (any may be missing),
// though skipping a required one costs extra, as statements usually have
// every required section.
type ordered struct {
	emit  [][]float64 // [block][section], higher is better
	cost  []float64   // [block]: cost of starting a new section at this block
	entry [][]float64 // [block][section]: extra cost of starting that section at this block (nil: none)
	skip  [][]float64 // [from][to]: extra cost of the sections jumped over
	start []float64   // [section]: cost of the first block being in it
	end   []float64   // [section]: cost of the last block being in it
	lo    int         // allowed sections are lo..hi inclusive
	hi    int
}

var negInf = math.Inf(-1)

// trans is the log-weight of going from section p at block i-1 to s at i.
func (o *ordered) trans(i, p, s int) float64 {
	switch {
	case p == s:
		return 0
	case p > s:
		return negInf
	}
	c := o.cost[i] + o.skip[p][s]
	if o.entry != nil {
		c += o.entry[i][s]
	}
	return -c
}

func (o *ordered) allowed(s int) bool { return s >= o.lo && s <= o.hi }

// best returns the highest-scoring monotone assignment (Viterbi) and its
// score.
func (o *ordered) best() ([]int, float64) {
	n := len(o.emit)
	if n == 0 {
		return nil, 0
	}
	k := len(o.emit[0])
	score := make([][]float64, n)
	from := make([][]int, n)
	for i := range n {
		score[i] = make([]float64, k)
		from[i] = make([]int, k)
		for s := range k {
			score[i][s] = negInf
			if !o.allowed(s) {
				continue
			}
			if i == 0 {
				score[i][s] = o.emit[i][s] - o.start[s]
				continue
			}
			for p := o.lo; p <= s; p++ {
				if v := score[i-1][p] + o.trans(i, p, s); v > score[i][s] {
					score[i][s], from[i][s] = v, p
				}
			}
			score[i][s] += o.emit[i][s]
		}
	}
	last, bestEnd := o.lo, negInf
	for s := o.lo; s <= o.hi; s++ {
		if v := score[n-1][s] - o.end[s]; v > bestEnd {
			last, bestEnd = s, v
		}
	}
	path := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		path[i] = last
		last = from[i][last]
	}
	return path, bestEnd
}

// marginals returns, for every block and section, the probability that the
// block belongs to the section among all monotone assignments weighted by
// exp(score/temp) (forward-backward). The confidence of a placement by
// meaning is the marginal of its section: near 1 when every good assignment
// agrees, low when the block could as well sit on either side of a boundary.
func (o *ordered) marginals(temp float64) [][]float64 {
	n := len(o.emit)
	if n == 0 {
		return nil
	}
	k := len(o.emit[0])
	fw, bw := o.forward(temp, n, k), o.backward(temp, n, k)
	out := make([][]float64, n)
	for i := range n {
		out[i] = make([]float64, k)
		z := negInf
		for s := range k {
			out[i][s] = fw[i][s] + bw[i][s]
			z = logAdd(z, out[i][s])
		}
		for s := range k {
			out[i][s] = math.Exp(out[i][s] - z)
		}
	}
	return out
}

func (o *ordered) forward(temp float64, n, k int) [][]float64 {
	fw := make([][]float64, n)
	for i := range n {
		fw[i] = make([]float64, k)
		for s := range k {
			fw[i][s] = negInf
			if !o.allowed(s) {
				continue
			}
			in := -o.start[s]
			if i > 0 {
				in = negInf
				for p := o.lo; p <= s; p++ {
					in = logAdd(in, fw[i-1][p]+o.trans(i, p, s)/temp)
				}
			} else {
				in /= temp
			}
			fw[i][s] = in + o.emit[i][s]/temp
		}
	}
	return fw
}

func (o *ordered) backward(temp float64, n, k int) [][]float64 {
	bw := make([][]float64, n)
	for i := n - 1; i >= 0; i-- {
		bw[i] = make([]float64, k)
		for s := range k {
			bw[i][s] = negInf
			if !o.allowed(s) {
				continue
			}
			if i == n-1 {
				bw[i][s] = -o.end[s] / temp
				continue
			}
			for t := s; t <= o.hi; t++ {
				v := bw[i+1][t] + (o.emit[i+1][t]+o.trans(i+1, s, t))/temp
				bw[i][s] = logAdd(bw[i][s], v)
			}
		}
	}
	return bw
}

func logAdd(a, b float64) float64 {
	if a == negInf {
		return b
	}
	if b == negInf {
		return a
	}
	if a < b {
		a, b = b, a
	}
	return a + math.Log1p(math.Exp(b-a))
}
