package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
)

var (
	// inCasesAfterRe follows a figure that counts cases: "in 68% of
	// cases", "in 312 cases". The cases name nothing; what was done in
	// them is the clause before.
	inCasesAfterRe = lazy.Re(`(?i)^\s*(?:of\s+(?:the\s+)?)?cases\b`)
	inBeforeRe     = lazy.Re(`(?i)\s+in\s*$`)
	// foundRe ends the finding verb of "an audit found the safety plan
	// recorded in 81% of cases": what it found is the measure.
	foundRe = lazy.Re(`(?i)\b(?:found|finds|showed|shows|confirmed|identified)\s+`)
	// casesDoneRe is the verb of "assessments were completed ... in 68% of
	// cases", "a joint visit took place ...": its subject is the measure.
	casesDoneRe = lazy.Re(`(?i)\s(?:was|were|is|are|had\s+been|has\s+been|have\s+been|took\s+place|happened|occurred)\b`)
)

// inCases: "Initial health assessments were completed within 20 working
// days in 68% of cases", "a home visit was made ... in 312 cases", "an
// audit found the safety plan recorded in 81% of cases".
func inCases(c *figureText) (string, string, bool) {
	before := c.sent[:c.n.lo]
	loc := inBeforeRe.Get().FindStringIndex(before)
	if loc == nil || !inCasesAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	clause := before[:loc[0]]
	if k := lastClauseMark(clause); k >= 0 {
		clause = clause[k+1:]
	}
	if locs := foundRe.Get().FindAllStringIndex(clause, -1); locs != nil {
		clause = clause[locs[len(locs)-1][1]:]
	} else if d := casesDoneRe.Get().FindStringIndex(clause); d != nil {
		clause = clause[:d[0]]
	}
	m := clean(leadWordsRe.Get().ReplaceAllString(clean(clause)+" ", ""))
	if m == "" || wordCount(m) > 14 || pronounRe.Get().MatchString(m) {
		return "", "", false
	}
	return m, "", true
}
