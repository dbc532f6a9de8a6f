package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A figure right after a verb of aiming ("and next year we aim for 95%",
// "we want to reach 90%", "is due to complete") is what is aimed for, a
// target, even in a sentence that names a target elsewhere ("against our
// target of 90%", which otherwise keeps the sentence's other figures
// achievements); it measures what the figure before it measures when its
// own words name only who aims.

var (
	// aimForBeforeRe ends the text before such a figure.
	aimForBeforeRe = lazy.Re(`(?i)\b(?:aims?|aiming|want|wants|hope|hopes|hoping|plan|plans|planning|intend|intends)\s+(?:for|to\s+(?:reach|achieve|hit|get\s+to|exceed))\s*(?:at\s+least\s+|over\s+|more\s+than\s+)?(?:£\s?)?$`)
	// dueToRe says a clause is about what is to happen: "are due to
	// complete", "is due to open".
	dueToRe = lazy.Re(`(?i)\b(?:is|are)\s+due\s+to\s+(?:be|complete|start|begin|finish|open|close|attend|take|join|receive)\b`)
)

// aimForKind makes a figure right after a verb of aiming, or in a clause
// saying it is due to happen, a target.
func aimForKind(sent string, n numberAt, k model.FigureKind) model.FigureKind {
	clause := sent[strings.LastIndex(sent[:n.lo], ";")+1:]
	if k := strings.Index(clause, ";"); k >= 0 {
		clause = clause[:k]
	}
	if aimForBeforeRe.Get().MatchString(sent[:n.lo]) || dueToRe.Get().MatchString(clause) {
		return model.FigureTarget
	}
	return k
}

// aimForRule names a figure right after a verb of aiming whose label
// names only who aims ("next year we aim for 95%") by the figure before.
func aimForRule(c *figureText) (string, string, bool) {
	if c.prev == "" || !aimForBeforeRe.Get().MatchString(c.sent[:c.n.lo]) || !actorOnlyRe.Get().MatchString(clean(lastClause(c.before))) {
		return "", "", false
	}
	return c.prev, "", true
}

// actorOnlyRe is a clause of only who aims and when: "and next year we
// aim for", "we want to reach".
var actorOnlyRe = lazy.Re(`(?i)^(?:and\s+|but\s+)?(?:(?:next|this|the\s+coming)\s+year\s+|in\s+20\d\d(?:/\d\d)?\s+)?(?:we|it|they|the\s+[\w'’-]+)\s+(?:aims?|aiming|want|wants|hope|hopes|plan|plans|intend|intends)\b`)
