package rules

// support scales the confidence of a placement by meaning by what the
// block's own words say. The marginal probability from the chain says how
// sure the whole assignment is of the block's section; a block can sit deep
// inside a run (a high marginal) while its own words point elsewhere (a
// "successes" list of training delivered, read as activity). Such a block is
// where a reviewer's eye is worth most, so its confidence is lowered:
// factor 1 when the block's strongest cues are for its section, f when it
// has no cue at all (placed by its neighbours), f*f when its cues point to
// another section.
func support(h cueHits, s int, f float64) float64 {
	best := strongest(h)
	switch {
	case best < 0:
		return f
	case h.score[s] >= h.score[best]:
		return 1
	}
	return f * f
}
