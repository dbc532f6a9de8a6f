package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share in brackets after a subject written in words, before the
// clause's predicate ("Nine in ten women (89%) said they felt safer after
// support", "Most parents (76%) rated the service good") measures what the
// predicate says, and the subject's people are its group. The words before
// the bracket only restate the share.

// closeThenVerbRe starts the words after such a share: ") said".
var closeThenVerbRe = lazy.Re(`^\s*%?\s*\)\s+([a-z]+)`)

// bracketPredicate names such a share by its predicate.
func bracketPredicate(c *figureText) (string, string, bool) {
	m := closeThenVerbRe.Get().FindStringSubmatchIndex(c.after)
	if !c.percent || !c.bracket || m == nil || c.label == "" || strings.ContainsAny(c.label, "0123456789") {
		return "", "", false
	}
	w := c.after[m[2]:m[3]]
	if !(sayVerbs[w] || verbRe.Get().MatchString(w) || participle(w) || pastVerbRe.Get().MatchString(w)) {
		return "", "", false
	}
	words := strings.Fields(cutSentence(c.after[m[2]:]))
	for len(words) > 1 && auxiliary(words[0]) {
		words = words[1:]
	}
	if len(words) > 10 {
		words = words[:10]
	}
	group := lastWord(c.label)
	if !personNounRe.Get().MatchString(group) && !staffGroup(group) {
		group = ""
	}
	return strings.Join(words, " "), group, true
}
