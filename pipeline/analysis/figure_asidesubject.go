package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A figure given after its subject and an aside set off by commas
// ("Victim satisfaction with the unit's investigations, from telephone
// surveys of 620 victims, was 79%", "Tenant satisfaction with repairs,
// from a survey of 1,150 tenants, was 71%") measures the subject: the
// aside says where the figure comes from, and the clause's label after
// its last comma is empty.

// asideSubjectRe is such a sentence up to the figure: its subject, the
// aside and the verb.
var asideSubjectRe = lazy.Re(`(?i)^\s*([A-Z][^,;:()]{2,90}?)\s*,\s*(?:[^,;:]|,\d){3,90}?,\s*(?:was|were|is|are|stood\s+at|came\s+to|ran\s+at|reached|remained)\s*(?:at\s+)?$`)

// asideSubject names such a figure by its subject.
func asideSubject(c *figureText) (string, string, bool) {
	head := lastSentenceClause(c.sent[:c.n.lo])
	m := asideSubjectRe.Get().FindStringSubmatch(head)
	if m == nil || c.label != "" || wordCount(m[1]) > 12 || verbRe.Get().MatchString(m[1]) {
		return "", "", false
	}
	return strings.TrimSpace(clean(leadWordsRe.Get().ReplaceAllString(m[1]+" ", ""))), "", true
}
