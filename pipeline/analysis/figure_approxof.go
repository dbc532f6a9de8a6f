package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// approxEndRe ends the text before a count with a word of about-ness:
// "a registered population of approximately 296,500 people", "a tenant
// base of around 9,400 households". The word says how exact the count is,
// not what it counts, so "X of" before it is read as if it were right
// before the count.
var approxEndRe = lazy.Re(`(?i)\s+(?:approximately|approx\.?|around|about|roughly|some|nearly|almost|just\s+(?:over|under)|over|more\s+than|fewer\s+than|less\s+than)\s*$`)

// beforeApprox is before without a trailing word of about-ness.
func beforeApprox(before string) string {
	if loc := approxEndRe.Get().FindStringIndex(before); loc != nil {
		return before[:loc[0]] + " "
	}
	return before
}

// peopleNounRe is a count's first noun word that says only that it counts people or
// homes: after "a population of" the head before "of" names the measure.
var peopleNounRe = lazy.Re(`(?i)^(?:people|persons|residents|households|inhabitants|patients|individuals)$`)
