package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// After a short heading and a colon, a count may open a whole clause that
// says what was done to its things ("Breaches: 140 people were returned
// to court", "Appeals: 12 decisions were overturned"): the clause names
// what was counted, the heading the kind of case it belongs to (its
// group). A heading that names training ("Safeguarding training: 120
// staff were trained") stays the measure, as before. The clause is kept as written, "were" and all, up to its first
// mark, at most eight words.

// passiveClauseRe starts the words after such a count.
var passiveClauseRe = lazy.Re(`^\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:were|was|had\s+been|have\s+been)\s+([a-z][\w-]*)\b`)

// headingClause names such a count by its clause, the heading its group.
func headingClause(c *figureText) (string, string, bool) {
	m := passiveClauseRe.Get().FindStringSubmatchIndex(c.after)
	if !c.count || !c.afterColon || c.label == "" || wordCount(c.label) > 4 || m == nil || trainingCueRe.Get().MatchString(c.label) {
		return "", "", false
	}
	if w := strings.ToLower(c.after[m[2]:m[3]]); !participle(w) && !irregularParticiples[w] {
		return "", "", false
	}
	words := strings.Fields(cutSentence(c.after))
	if len(words) > 8 {
		return "", "", false
	}
	return strings.Join(words, " "), c.label, true
}
