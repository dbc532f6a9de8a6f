package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A range named as one ("within the 28% to 40% range that SafeLives
// recommends", "inside the 2% to 4% band", "a 10-15 day window") gives
// two ends of a band, neither of which counts anything on its own, as
// "between N and M" gives none. A number "N% fewer X than" or "N more X
// than" is a change, however many words name X.

var (
	// namedRangeStartRe starts the text after a named range's first end:
	// "% to 40% range".
	namedRangeStartRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s*(?:to|-|–)\s*(?:£\s?)?\d[\d,.]*\s*(?:%|per\s?cent)?\s+` + rangeNoun)
	// namedRangeEndRe ends the text before its second end: "the 28% to ".
	namedRangeEndRe = lazy.Re(`(?i)\b(?:the|a|an|its|our|their)\s+(?:£\s?)?\d[\d,.]*\s*(?:%|per\s?cent)?\s*(?:to|-|–)\s*(?:£\s?)?$`)
	// rangeNounAfterRe starts the text after the second end.
	rangeNounAfterRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s+` + rangeNoun)
	// changeWordsAfterRe starts the text after a change whose noun comes
	// before "than": "12% fewer incidents than", "18 per cent fewer people
	// were recalled than".
	changeWordsAfterRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s*(?:fewer|more|less|lower|higher)\s+(?:[\w'’-]+\s+){1,4}?than\b`)
)

// rangeNoun is a noun that names a band of values.
const rangeNoun = `(?:range|band|bracket|corridor|window|tolerance|spread)\b`

// inNamedRange reports whether the number between before and after is an
// end of a named range.
func inNamedRange(before, after string) bool {
	return namedRangeStartRe.Get().MatchString(after) || namedRangeEndRe.Get().MatchString(before) && rangeNounAfterRe.Get().MatchString(after)
}

// changeWithNoun reports whether the number before after is a change
// "N% fewer X than".
func changeWithNoun(after string) bool { return changeWordsAfterRe.Get().MatchString(after) }
