package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A milestone names a step towards a figure given before it, not what is
// measured: "bring X up to 75% by March, with an interim milestone of 60%
// at the end of Quarter 2" is a second target for X.
var milestoneRe = lazy.Re(`(?i)^(?:an?\s+|the\s+|our\s+|its\s+)?(?:(?:interim|intermediate|first|second|halfway|mid-?year|stretch)\s+)?(?:milestones?|trajector(?:y|ies)|staging\s+posts?|checkpoints?)(?:\s+of)?$`)

// milestoneRule names a milestone's figure by the figure before it.
func milestoneRule(c *figureText) (string, string, bool) {
	if c.prev == "" || !milestoneRe.Get().MatchString(c.label) {
		return "", "", false
	}
	return c.prev, "", true
}
