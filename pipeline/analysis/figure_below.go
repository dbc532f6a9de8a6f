package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A ceiling is a target worded as what is to stay below a figure: "we
// want agency social workers below 10% of the workforce", "first-time
// entrants to stay below 75". The thing kept below is the measure; "the
// workforce" after the share is only what it is a share of, and a count
// after "stay below" is the ceiling, not an age bound ("under 18s").

var (
	// keepBelowRe ends "want agency staff below" before a figure.
	keepBelowRe = lazy.Re(`(?i)\b(?:want|wants|expect|expects|keep|keeps|keeping|hold|holds|holding|aim\s+for|aims\s+for)\s+([^,;:]{3,60}?)\s+(?:below|under|above|over)\s*$`)
	// stayBelowRe ends "first-time entrants to stay below" before a figure.
	stayBelowRe = lazy.Re(`(?i)(?:^|[,;:]|\b(?:want|wants|expect|expects|aim\s+for|aims\s+for|need|needs|and))\s+([^,;:]{3,60}?)\s+to\s+(?:stay|remain|be\s+kept|be\s+held|fall|keep)\s+(?:below|under)\s*$`)
)

// ceilingBefore reports whether before ends with a ceiling's words ("to
// stay below"), so the count after it is a figure.
func ceilingBefore(before string) bool {
	return stayBelowRe.Get().MatchString(before)
}

// ceiling: "we want agency social workers below 10% of the workforce",
// "first-time entrants to stay below 75".
func ceiling(c *figureText) (string, string, bool) {
	before := c.sent[:c.n.lo]
	m := stayBelowRe.Get().FindStringSubmatch(before)
	if m == nil {
		m = keepBelowRe.Get().FindStringSubmatch(before)
	}
	if m == nil {
		return "", "", false
	}
	s := trimTrailingVerbs(clean(leadWordsRe.Get().ReplaceAllString(clean(m[1])+" ", ""))) // "The aim for re-referrals was under 20%"
	if s == "" || pronounRe.Get().MatchString(s) || wordCount(s) > 10 || strings.ContainsAny(s, "0123456789") {
		return "", "", false
	}
	return s, "", true
}
