package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share aimed for with what its whole is to have or do ("aims for 100%
// of clubs with youth teams to have a trained Club Welfare Officer in
// post by 1 September", "we want 90% of families to receive a visit",
// "85% of care leavers to be in education, employment or training")
// measures the thing to be had or done (a list of them kept whole); the
// whole is its group.

// infinitiveShareRe starts the words after such a share: its whole, the
// verb and the thing.
var infinitiveShareRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s+of\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+to\s+(?:have|be\s+given|be\s+offered|be\s+in|be\s+on|receive|get|hold|complete|attend|take\s+up)\s+(?:a|an|the|their|its)?\s*(\S.{1,100})`)

// aimedForBeforeRe ends the words before a share aimed for: "aims for",
// "is for", "we want", "expects".
var aimedForBeforeRe = lazy.Re(`(?i)\b(?:for|wants?|expects?|like|hopes?\s+for)\s*$`)

// infinitiveEndRe cuts the thing before its deadline: " by 1 September".
var infinitiveEndRe = lazy.Re(`(?i)\s+(?:by|before|within|in)\s+(?:the\s+end\s+of\s+|\d|` + monthAlt + `|next|this|20\d\d)`)

// infinitiveShare names such a share by the thing, its whole the group.
func infinitiveShare(c *figureText) (string, string, bool) {
	m := infinitiveShareRe.Get().FindStringSubmatch(c.after)
	if !c.percent || m == nil || !aimedForBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		return "", "", false
	}
	thing := coordPhrase(m[2], 6) // "to be in education, employment or training"
	if loc := infinitiveEndRe.Get().FindStringIndex(thing); loc != nil {
		thing = thing[:loc[0]]
	}
	thing = strings.TrimSpace(thing)
	if thing == "" || wordCount(thing) > 8 {
		return "", "", false
	}
	return thing, clean(m[1]), true
}
