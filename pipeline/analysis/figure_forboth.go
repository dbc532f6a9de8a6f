package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A figure "for both" or "for each" is said of the figures before it in
// its sentence, so it measures what they measure: "82% of paramedics and
// 71% of call handlers; the Trust standard is 85% for both" is a standard
// for supervision, not a measure named "Trust standard" of a group "both".
var forBothRe = lazy.Re(`(?i)^\s*(?:for|across|in)\s+(?:both|each|all|either)(?:\s+of\s+(?:them|these|those))?\s*(?:[.;,]|$)`)

// forBothRule names a figure "for both" by the figure before it.
func forBothRule(c *figureText) (string, string, bool) {
	if c.prev == "" || !forBothRe.Get().MatchString(c.after) {
		return "", "", false
	}
	return c.prev, "", true
}

// bothGroupRe is a group that only points back: "for both".
var bothGroupRe = lazy.Re(`(?i)^(?:both|each|all|either)(?:\s+of\s+(?:them|these|those))?$`)

// pointingGroup drops a group that only points back at the figures before.
func pointingGroup(group string) string {
	if bothGroupRe.Get().MatchString(group) {
		return ""
	}
	return group
}
