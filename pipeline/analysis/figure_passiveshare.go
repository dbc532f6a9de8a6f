package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share that opens a clause of its own after "and" and is said to have
// been done ("Gas safety checks were due in 8,100 homes and 99.6% were
// completed before the due date", "every one had a visit plan and 97.5%
// were visited within the period set") measures what was done to it, the
// participle and what follows; the count before, when there is one, is
// its group. Read only when no earlier rule named it.

// passiveShareAfterRe starts the words after such a share.
var passiveShareAfterRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+([a-z][\w-]*)\b`)

// passiveShare names such a share by its participle phrase.
func passiveShare(c *figureText) (string, string, bool) {
	m := passiveShareAfterRe.Get().FindStringSubmatchIndex(c.after)
	if !c.percent || c.label != "" || m == nil || !andBeforeRe.Get().MatchString(c.before) {
		return "", "", false
	}
	w := strings.ToLower(c.after[m[2]:m[3]])
	if !participle(w) && !irregularParticiples[w] {
		return "", "", false
	}
	return predicate(strings.Fields(cutSentence(c.after[m[2]:])), 10), c.prev, true
}

// andBeforeRe ends the text before a share that opens a clause with
// "and".
var andBeforeRe = lazy.Re(`(?i)(?:^|\s|,)and$`)
