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

// inRange reports whether the number between before and after is an end
// of a "between N and M" range.
func inRange(before, after string) bool {
	return rangeStartRe.Get().MatchString(before) && rangeNextRe.Get().MatchString(after) || rangeEndRe.Get().MatchString(before)
}
