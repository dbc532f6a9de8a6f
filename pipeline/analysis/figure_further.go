package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A gapped second clause may add to the first rather than repeat it:
// "Hoarding was identified in 142 of the adult referrals, and self-neglect
// without hoarding in a further 96", "cuckooing in another 9". The words
// "a further", "another" and "an additional" stand between the repeated
// word ("in") and the count; the gapped-clause rule (figure_gapped.go)
// reads the clause without them.

// furtherRe ends the text before such a count.
var furtherRe = lazy.Re(`(?i)\s+(?:a\s+further|another|an\s+additional|a\s+remaining|the\s+remaining)\s*$`)

// withoutFurther is before without its closing "a further".
func withoutFurther(before string) string {
	if loc := furtherRe.Get().FindStringIndex(before); loc != nil {
		return before[:loc[0]]
	}
	return before
}
