package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share of a whole that something worked or failed for ("Prevention
// work succeeded for 61% of households whose duty ended in the year",
// "Employment worked out for 31% of those leaving custody") measures the
// subject, the thing that worked, of the whole after "of" (its group).
// The verb says how it went, so it is no part of the measure; "were
// completed for" is read by the passive rule as before.

// outcomeForRe ends the text before such a share with its subject and
// verb.
var outcomeForRe = lazy.Re(`(?i)(?:^|[,;:]\s*|\band\s+)((?:[\w'’/-]+\s+){0,7}?[\w'’/-]+)\s+(?:succeeded|worked(?:\s+out)?|failed|paid\s+off|ended\s+(?:well|successfully)|(?:was|were|proved)\s+(?:successful|effective|achieved|secured))\s+for(?:\s+(?:just|only|almost|nearly|over|about|around|some))?\s*$`)

// succeededFor names such a share by its subject, the whole its group.
func succeededFor(c *figureText) (string, string, bool) {
	m := outcomeForRe.Get().FindStringSubmatch(c.sent[:c.n.lo])
	if !c.percent || m == nil || pronounRe.Get().MatchString(m[1]) {
		return "", "", false
	}
	subj := strings.TrimSpace(leadArticleRe.Get().ReplaceAllString(leadAndRe.Get().ReplaceAllString(m[1], ""), ""))
	return subj, phrase(ofAfterRe.Get().ReplaceAllString(c.after, ""), 5), true
}
