package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share whose subject is "it" points back at what the sentence before
// says is completed: "Every member of staff completes the safeguarding
// e-learning ... At the end of March it was up to date for 93% of
// wholetime firefighters" measures the e-learning, never "it" or the time
// phrase before it. With no such sentence before, the reading stays.
var itSubjectRe = lazy.Re(`(?i)(?:^|[,;]\s*|\b\d{4}\s+|\b(?:march|june|september|december|year|end|start)\s+)(?:it|this)\s+(?:was|is|had\s+been|has\s+been|were|remained|stood)\b[^.;]*$`)

// itShare mends the measure of a share whose subject is "it" from the
// sentence before, and takes the group after "of" when it has none.
func itShare(prevSent, sent string, n numberAt, measure, group string) (string, string) {
	if prevSent == "" || !itSubjectRe.Get().MatchString(sent[:n.lo]) {
		return measure, group
	}
	obj := completedObject(prevSent)
	if obj == "" {
		return measure, group
	}
	if of := strings.TrimSpace(sent[n.hi:]); strings.HasPrefix(of, "of ") && (group == "" || strings.Contains(measure, group)) {
		group = phrase(of[3:], 5) // "93% of wholetime firefighters but only 68% ..."
	}
	return clean(leadWordsRe.Get().ReplaceAllString(obj+" ", "")), group
}
