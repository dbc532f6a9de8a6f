package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A count after "including" ("the end of a private tenancy (including 212
// Section 21 notices)", "rent arrears, including 318 court claims") is a
// part its own words name: the noun after it, not "including" or the
// clause it hangs from.

// includingBeforeRe ends the text before such a count.
var includingBeforeRe = lazy.Re(`(?i)(?:^|[(,;]|\s)\s*(?:including|includes|included)\s*$`)

// includedCount names a count after "including" by the words after it.
func includedCount(c *figureText) (string, string, bool) {
	if c.percent || !includingBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		return "", "", false
	}
	m := countPhrase(c.after)
	return m, "", m != "" && !genericRe.Get().MatchString(m)
}
