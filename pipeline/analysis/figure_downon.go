package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A figure compared in time as "down on the N" or "up on the N" ("a
// little down on the 151 it made in 2023/24", "well down on the 29 it
// carried out", "up on the 122 returned last year") is the earlier value
// of what the figure before it measures, whatever the words after it
// repeat ("it made", "returned").

// downOnBeforeRe ends the text before such a figure.
var downOnBeforeRe = lazy.Re(`(?i)\b(?:up|down|higher|lower|more|fewer|less)\s+(?:on|than)\s+(?:the|last\s+year's|the\s+previous\s+year's)\s*(?:£\s?)?$`)

// downOnRule names a figure compared in time by the figure before it.
func downOnRule(c *figureText) (string, string, bool) {
	if c.prev != "" && downOnBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		return c.prev, "", true
	}
	return "", "", false
}
