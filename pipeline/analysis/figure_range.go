package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// "Between N and M" gives a range, not a figure: "can be reached between
// 9 and 5" (hours of the day), "between 40 and 50 calls a week". Neither
// end counts anything on its own, as an age range does not ("aged 10 to
// 17"). A period between two dates ("between April 2025 and March 2026")
// is read as a period before numbers are.

var (
	// rangeStartRe ends the text before a range's first end.
	rangeStartRe = lazy.Re(`(?i)\bbetween\s*(?:£\s?)?$`)
	// rangeNextRe starts the text after it: " and 5", " and 50%".
	rangeNextRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s*(?:and|to|-|–)\s*(?:£\s?)?\d`)
	// rangeEndRe ends the text before a range's second end.
	rangeEndRe = lazy.Re(`(?i)\bbetween\s+(?:£\s?)?\d[\d,.]*\s*(?:%|per\s?cent)?\s*(?:and|to|-|–)\s*(?:£\s?)?$`)
)

// spanNextRe starts the text after a span's first end: " to 19", "-8".
var spanNextRe = lazy.Re(`^\s*(?:to|-|–)\s*\d{1,2}\b(?:[^\d%,.]|$)`)

// spanEndRe ends the text before a span's second end: "0 to ", "6-".
var spanEndRe = lazy.Re(`(?:^|[^\d,.])\d{1,2}\s*(?:to|-|–)\s*$`)

// inSpan reports whether a bare number is an end of a span of two small
// numbers with no "from" before it ("a 0 to 19 population", "at 6 to 8
// weeks"): ages or times, not counts. "From 27 to 8" is an old and a new
// value, read as such.
func inSpan(before, digits, after string) bool {
	if len(digits) > 2 || fromToRe.Get().MatchString(before) {
		return false
	}
	if spanNextRe.Get().MatchString(after) {
		return true
	}
	return spanEndRe.Get().MatchString(before) && !fromSpanRe.Get().MatchString(before)
}

// fromSpanRe ends the text before the new value of "from 27 to".
var fromSpanRe = lazy.Re(`(?i)\bfrom\s+\d{1,2}\s*(?:to|-|–)\s*$`)

// inRange reports whether the number between before and after is an end
// of a "between N and M" range.
func inRange(before, after string) bool {
	return rangeStartRe.Get().MatchString(before) && rangeNextRe.Get().MatchString(after) || rangeEndRe.Get().MatchString(before)
}
