package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share "in N% of X" after a clause says how often the clause held
// among X: "Risk was reduced or removed in 91% of concluded enquiries",
// "A safety plan was in place in 74% of the files audited", "Perinatal
// mood was screened at 96% of antenatal contacts". The clause is
// the measure and X the group. When X is only "cases" the clause's subject
// names it (figure_incases.go).

// inShareAfterRe starts the whole after such a share: " of concluded
// enquiries", " of the files audited".
var inShareAfterRe = lazy.Re(`(?i)^\s+of\s+(?:the\s+|all\s+|our\s+)?`)

// inShare names a share "in N% of X" by its clause, X its group.
func inShare(c *figureText) (string, string, bool) {
	before := c.sent[:c.n.lo]
	loc := inAtBeforeRe.Get().FindStringIndex(before)
	of := inShareAfterRe.Get().FindStringIndex(c.after)
	if !c.percent || loc == nil || of == nil {
		return "", "", false
	}
	group := phrase(c.after[of[1]:], 5)
	clause := before[:loc[0]]
	if k := lastClauseMark(clause); k >= 0 {
		clause = clause[k+1:]
	}
	m := clean(leadWordsRe.Get().ReplaceAllString(clean(clause)+" ", ""))
	if m == "" || group == "" || wordCount(m) > 14 || pronounRe.Get().MatchString(m) || strings.ContainsAny(m, "0123456789") {
		return "", "", false
	}
	return m, group, true
}

// inAtBeforeRe ends the clause before the share: " in", " at" ("was
// screened at 96% of antenatal contacts").
var inAtBeforeRe = lazy.Re(`(?i)\s+(?:in|at)\s*$`)

// inCount names a count "in N X" after a clause with a verb of being
// ("Primary care safeguarding leads are in place in 139 practices") by
// the clause, X its group, as a share "in N% of X" is.
func inCount(c *figureText) (string, string, bool) {
	before := c.sent[:c.n.lo]
	loc := inAtBeforeRe.Get().FindStringIndex(before)
	if !c.count || loc == nil || !strings.HasSuffix(strings.TrimSpace(before[:loc[1]]), "in") {
		return "", "", false
	}
	group := phrase(c.after, 5)
	clause := before[:loc[0]]
	if k := lastClauseMark(clause); k >= 0 {
		clause = clause[k+1:]
	}
	m := clean(leadWordsRe.Get().ReplaceAllString(clean(clause)+" ", ""))
	if m == "" || group == "" || genericRe.Get().MatchString(group) || !beingRe.Get().MatchString(m) || wordCount(m) > 14 || pronounRe.Get().MatchString(m) || strings.ContainsAny(m, "0123456789") {
		return "", "", false
	}
	return m, group, true
}

// beingRe is a clause's verb of being or taking place: "are in place",
// "was held", "took place".
var beingRe = lazy.Re(`(?i)\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:in\s+place|available|offered|held|running|provided|delivered|embedded|established|based|present|active|live)\b|\btook\s+place\b`)
