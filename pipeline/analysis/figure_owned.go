package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A label that opens with "our" names the agency's own measure when a
// noun of measuring follows: "Our rate of re-referral was 14%", "Our
// target for Level 3 training was 85%", "Our completion rate for
// Prevent is 91%". "Our" alone starts a clause whose subject names no
// measure ("our staff completed ..."), so pronounRe turns it away; here
// the possessive is dropped when what it owns is a measure.

// ownedMeasureRe is "our" before a noun of measuring, and what follows.
var ownedMeasureRe = lazy.Re(`(?i)^our\s+((?:[\w'’-]+\s+){0,3}?(?:rate|rates|target|targets|figure|figures|level|share|proportion|percentage|performance|compliance|completion|result|results|score|total|number|attendance|uptake|take-up|timeliness|caseload)\b.*)$`)

// ownedLabel drops the "our" of such a label; other labels pass as they are.
func ownedLabel(label string) string {
	m := ownedMeasureRe.Get().FindStringSubmatch(label)
	if m == nil {
		return label
	}
	rest := strings.TrimSpace(m[1])
	if k := strings.Fields(rest); len(k) == 1 && figuresWordRe.Get().MatchString(rest) {
		return label // "our figures" alone says nothing
	}
	return clean(leadWordsRe.Get().ReplaceAllString(rest+" ", "")) // "target for Level 3 training" names Level 3 training
}
