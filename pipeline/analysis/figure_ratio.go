package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// "9 in 10 booking appointments", "1 in 5 children" give a proportion as
// a ratio, not a count: neither number counts anything on its own. The
// second is at most three digits, so "312 in 2025/26" (a count in a year)
// is not one, nor is "312 in 10 days" (a count in a time).

var (
	// ratioNextRe starts the text after a ratio's first number: " in 10".
	ratioNextRe = lazy.Re(`(?i)^\s+(?:in|out\s+of\s+every|in\s+every)\s+\d{1,3}\b(?:[^\d/,.-]|$)`)
	// ratioEndRe ends the text before its second number: "9 in ".
	ratioEndRe = lazy.Re(`(?i)\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of\s+every|in\s+every)\s*$`)
)

// inRatio reports whether the number between before and after is one
// end of an "N in M" ratio.
func inRatio(before, after string) bool {
	if loc := ratioNextRe.Get().FindStringIndex(after); loc != nil {
		m := ratioNumRe.Get().FindStringIndex(after)
		return !afterRe.Get().MatchString(after[m[1]:]) // "312 in 10 days" is a count in a time
	}
	return ratioEndRe.Get().MatchString(before) && !afterRe.Get().MatchString(after)
}

// ratioNumRe finds the ratio's second number in the text after the first.
var ratioNumRe = lazy.Re(`\d{1,3}`)
