package analysis

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Shared patterns for training figures.
var (
	// percentRe is a percentage as agencies write it: "95%", "92.5 %",
	// "85 per cent", "85 percent".
	percentRe = lazy.Re(`(?i)\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)`)
	// levelRe is a training level: "Level 3", "level 2", "Levels 4/5/6",
	// "Levels 1 and 2".
	levelRe = lazy.Re(`(?i)\blevels?\s*[1-6](?:\s*(?:/|,|&|and|-|–|to)\s*[1-6])*\b`)
	// trainingCueRe says a table or sentence is about training.
	trainingCueRe = lazy.Re(`(?i)\b(?:train(?:ed|ing)?|courses?|e[-\s]?learning|mandatory)\b`)
	// complianceRe says so too, unless auditRe says the compliance is an
	// audit's ("78% compliance with record keeping standards").
	complianceRe = lazy.Re(`(?i)\bcomplian(?:ce|t)\b`)
	auditRe      = lazy.Re(`(?i)\b(?:audit(?:s|ed)?|record[-\s]keeping|standards?|dip[-\s]sampl\w*)\b`)
	// bareNumberRe is a cell holding only a number.
	bareNumberRe = lazy.Re(`^\d{1,3}(?:\.\d+)?$`)
)

// parsePercent reads a cell or match as a percentage in 0..100.
func parsePercent(s string) (float64, bool) {
	m := percentRe.Get().FindStringSubmatch(s)
	num := ""
	switch {
	case m != nil:
		num = m[1]
	case bareNumberRe.Get().MatchString(strings.TrimSpace(s)):
		num = strings.TrimSpace(s)
	default:
		return 0, false
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 || f > 100 {
		return 0, false
	}
	return f, true
}

// normLevel writes a level as "Level 3" or "Levels 4/5/6", keeping the
// numbers as written and collapsing spaces.
func normLevel(s string) string {
	m := levelRe.Get().FindString(s)
	if m == "" {
		return ""
	}
	m = strings.Join(strings.Fields(m), " ")
	return strings.ToUpper(m[:1]) + strings.ToLower(m[1:])
}

// clean collapses spacing in a label taken from the text.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
