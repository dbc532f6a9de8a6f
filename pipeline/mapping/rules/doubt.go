package rules

// doubt maps the probability the chain gives a placement by meaning to the
// confidence reported. The chain is over-sure in its middle range: on the
// evaluation harness, placements it gives 0.6-0.7 are right only about 60%
// of the time (those at 0.7-0.9 about 89%), so a wrong placement there
// would pass unflagged. Below DoubtKnee the distance from the knee is
// stretched DoubtSlope times, so such placements fall under the usual
// mapping.low_confidence of 0.6; above it nothing changes. It never goes
// under half the chain's probability (placements it gives 0.3 are still
// right about half the time, so 0 would say too little). The map is
// monotone: it moves no placement and keeps the ranking of confidences.
func (p *plan) doubt(c float64) float64 {
	k := p.m.tune.DoubtKnee
	if c >= k || p.m.tune.DoubtSlope <= 1 {
		return c
	}
	return max(c/2, k-(k-c)*p.m.tune.DoubtSlope)
}
