package rules

import "github.com/reportpipe/reportpipe/internal/lazy"

// "We are proud that our driver training was adopted by all six councils
// in the county" is a success, told among the work it came from; with no
// headings the template's order kept it in activity, at up to 0.66 (issue
// 22, heldout10 read with its headings taken out). A paragraph opening
// with the agency saying it is proud of something names its section by its
// form, as an award does (outoforder.go): successes, flagged. "We are
// proud to support ..." with a plan in it stays where it is.

// proudOf: the agency saying it is proud of something done.
var proudOf = lazy.Re(`(?i)^\W*(?:we are|we're|we were|the (?:trust|service|council|team|school|college|force|charity) (?:is|was)) (?:\w+ )?proud (?:that|of)\b`)

// proudSuccess reports whether text opens as a success the agency is
// proud of, with no plan in it.
func proudSuccess(text string) bool {
	return proudOf.Get().MatchString(text) && !willWords.Get().MatchString(text)
}
