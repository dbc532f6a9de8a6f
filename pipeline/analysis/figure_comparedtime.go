package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

var (
	// comparedTimeBeforeRe ends "compared with" before a figure.
	comparedTimeBeforeRe = lazy.Re(`(?i)\b(?:compared\s+(?:with|to)|against)\s*$`)
	// timeAfterRe starts a time right after a comparator's figure: "in
	// 2016/17", "the year before", "last year". Compared in time, the
	// figure measures what the figure before did; compared with a place
	// ("in similar trusts") it does not, and comparatorPlace reads it.
	timeAfterRe = lazy.Re(`(?i)^\s*(?:(?:in|during)\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|(?:the\s+)?(?:previous|last|prior)\s+(?:year|quarter)\b|the\s+year\s+(?:before|earlier)\b|a\s+year\s+(?:before|earlier|ago)\b)`)
)

// comparedInTime: "made 187 referrals, compared with 64 in 2016/17",
// "57 strategy meetings, compared with 49 the year before".
func comparedInTime(c *figureText) (string, string, bool) {
	if c.prev == "" || !comparedTimeBeforeRe.Get().MatchString(c.sent[:c.n.lo]) || !timeAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	return c.prev, "", true
}
