package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// "Our re-referral rate of 18%" names its percentage by the noun before
// "of": the rate, level or score the sentence's owner has. Its clause
// opens with "our", which the label rules read as naming nothing (a
// pronoun's clause), so without this the words after the figure ("compares
// with ...") would be taken instead.

// rateOfRe ends the text before a percentage that is the value of the
// noun phrase before "of": "Our re-referral rate of", "a compliance
// level of".
var rateOfRe = lazy.Re(`(?i)((?:[\w'’-]+\s+){0,4}?(?:rate|level|score|figure|proportion|share|percentage|compliance|completion|satisfaction|attendance|take-up|uptake))\s+of\s*$`)

// rateOf names "Our re-referral rate of 18%" by "re-referral rate".
func rateOf(c *figureText) (string, string, bool) {
	if !c.percent {
		return "", "", false
	}
	m := rateOfRe.Get().FindStringSubmatch(lastClause(c.sent[:c.n.lo]))
	if m == nil {
		return "", "", false
	}
	words := strings.Fields(m[1])
	for i := len(words) - 2; i >= 0; i-- {
		if verbRe.Get().MatchString(words[i]) {
			words = words[i+1:] // "The service had a completion rate": after its verb
			break
		}
	}
	for len(words) > 1 && (articleOrEnd(words[0]) || pronounRe.Get().MatchString(words[0])) {
		words = words[1:] // "Our", "a"
	}
	label := strings.Join(words, " ")
	if plainOf[strings.ToLower(label)] || strings.EqualFold(label, "rate") || strings.EqualFold(label, "figure") {
		return "", "", false // "a rate of 18%" alone names nothing
	}
	return label, "", true
}
