package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// itObjectRe is a count's verb with "it" or "them" for its object: "47
// completed it", "12 finished them".
var itObjectRe = lazy.Re(`(?i)^\s*([a-z]+)\s+(?:it|them)\b`)

// nounStartRe is the word before the last noun phrase of a clause: an
// article or a preposition ("took part in the peer mentoring scheme").
var nounStartRe = lazy.Re(`(?i)\b(?:the|a|an|in|on|into|onto|with|for|our|their|its)\s+`)

// antecedent reads a count whose object is "it" or "them" from the clause
// before it: "Sixty students took part in the peer mentoring scheme and 47
// completed it" gives the measure "peer mentoring scheme", the group
// "completed". The empty strings when the count is not of that shape.
func antecedent(before, after string) (measure, group string) {
	m := itObjectRe.Get().FindStringSubmatch(after)
	if m == nil || !(verbRe.Get().MatchString(m[1]) || participle(m[1])) {
		return "", ""
	}
	clause := strings.TrimSpace(before)
	clause = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(clause, " and"), ","))
	if k := lastClauseMark(clause); k >= 0 {
		clause = clause[k+1:]
	}
	locs := nounStartRe.Get().FindAllStringIndex(clause, -1)
	if locs == nil {
		return "", ""
	}
	np := clause[locs[len(locs)-1][1]:]
	if np == "" || wordCount(np) > 6 || strings.ContainsAny(np, "0123456789") {
		return "", ""
	}
	return clean(np), m[1]
}
