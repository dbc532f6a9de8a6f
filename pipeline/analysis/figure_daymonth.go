package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A day before its month with no year ("Referrals received by 31
// March:") is a date, not a count; with its year it is read as a period
// before numbers are.

// dayMonthRe starts a month's name after a day: "31 March", "1 Sept".
var dayMonthRe = lazy.Re(`^\s+(?:` + monthAlt + `)\b`)

// dayOfMonth reports whether a bare number of one or two digits is a day
// before its month ("by 31 March"): a date, not a count, also without a
// year (a period with its year is read as a period first).
func dayOfMonth(digits, after string) bool {
	return len(digits) <= 2 && dayMonthRe.Get().MatchString(after)
}
