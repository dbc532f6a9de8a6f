package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// toAtLeastRe ends "bring every staff group to at least" before a
// percentage. The words after the percentage name what it measures
// ("95% Prevent training compliance"); without this the whole clause
// before it, up to "at least", was read as its label.
var toAtLeastRe = lazy.Re(`(?i)\bto\s+(?:at\s+least|a\s+minimum\s+of|above|over|more\s+than|no\s+less\s+than)\s*$`)

// toAtLeast: "intends to bring every staff group to at least 90%
// safeguarding training compliance".
func toAtLeast(c *figureText) (string, string, bool) {
	if !c.percent || !toAtLeastRe.Get().MatchString(c.sent[:c.n.lo]) || ofAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	m, g := percentAfter(c.after)
	if m == "" || periodOnly(m) {
		return "", "", false
	}
	return m, g, true
}
