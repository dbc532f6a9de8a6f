package rules

// entryCosts is, per section, the extra cost of a section starting at a
// block whose own words say nothing for it while they do point elsewhere: a
// section should open where its text does, not where the document's
// position alone would put it. A block with no cue at all is free to open
// any section (its neighbours and its place decide).
func entryCosts(score []float64, cost float64) []float64 {
	out := make([]float64, len(score))
	any := false
	for _, v := range score {
		any = any || v > 0
	}
	if !any || cost == 0 {
		return out
	}
	for s, v := range score {
		if v == 0 {
			out[s] = cost
		}
	}
	return out
}
