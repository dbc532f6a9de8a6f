package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// changeByToRe ends "fell by 4 percentage points, to" before a new value:
// the change is no figure and "to" names nothing, so the subject of the
// verb of change is the measure.
var changeByToRe = lazy.Re(`(?i)\b(?:rose|fell|increased|decreased|dropped|reduced|improved|grew|went\s+(?:up|down))\s+by\s+[^,;]{1,40}?,?\s+to\s*$`)

// changeTo: "Re-referrals within 12 months fell by 4 percentage points,
// to 19%".
func changeTo(c *figureText) (string, string, bool) {
	before := c.sent[:c.n.lo]
	loc := changeByToRe.Get().FindStringIndex(before)
	if loc == nil {
		return "", "", false
	}
	// the whole subject, not clauseLabel's cut at its last verb: "Young
	// people reporting that they felt safer rose by 6% to 78%"
	subj := before[:loc[0]]
	if k := lastClauseMark(subj); k >= 0 {
		subj = subj[k+1:]
	}
	m := clean(leadWordsRe.Get().ReplaceAllString(clean(subj)+" ", ""))
	if m == "" || wordCount(m) > 14 || pronounRe.Get().MatchString(m) {
		return "", "", false
	}
	return m, "", true
}
