package rules

// A block placed by meaning with not one cue word for its section, whose
// own words point clearly to another ("No child died in a house fire ...
// fell by 40%" among activity), was placed there by its neighbours and
// its place alone; at 0.65 it went unflagged (issue 22, heldout8). Its
// confidence is capped under the flag line: the reviewer sees the
// runner-up its words name. Accuracy is unchanged; a right placement of
// that kind is flagged too, the price of not printing a guess as sure.

// ownCuesElsewhere caps conf when h has no cue for s and at least
// disagreeMin for another section.
func ownCuesElsewhere(h cueHits, s int, conf float64) float64 {
	if len(h.cues[s]) > 0 {
		return conf
	}
	if o := strongest(h); o >= 0 && o != s && h.score[o] >= disagreeMin {
		return min(conf, stayDoubt)
	}
	return conf
}
