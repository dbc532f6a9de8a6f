package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A run of labelled figures under one heading ("Safeguarding training:
// housing officers 94%, repairs operatives 81%, contact centre 97%") reads
// every item alike: once the first items took the heading as their measure
// and their label as their group, a later label that is not a staff group
// ("contact centre", "healthcare") is its item's group too, not its
// measure. A run whose labels are staff groups takes the heading as its
// measure whatever the heading names ("Record audits: social workers
// 91%, family support workers 86%"), not only training.

// runLabelRe is the words between the figure before and this one in a
// run: ", contact centre", ", and volunteers".
var runLabelRe = lazy.Re(`^\s*[,;]\s*(?:and\s+)?([A-Za-z][\w'’ -]{0,30}?)\s*$`)

// labelRun gives the figure at lo the measure of the figure before it in
// the run and its own label as its group, when its reading took the label
// as its measure (a group it took from the heading, "for staff", gives way).
func labelRun(sent string, lo int, measure, group string, p prevFigure) (string, string) {
	if p.measure == "" || p.group == "" || p.end > lo {
		return measure, group
	}
	m := runLabelRe.Get().FindStringSubmatch(sent[p.end:lo])
	if m == nil || !strings.EqualFold(clean(m[1]), measure) {
		return measure, group
	}
	return p.measure, clean(m[1])
}

// staffRunRe is the words after a heading's colon that make a run of two
// or more labelled percentages: "social workers 91%, family support
// workers 86%".
var staffRunRe = lazy.Re(`^\s*(?:[A-Za-z][\w'’ -]{0,40}?\s+\d[\d.]*\s?%\s*(?:,|;|,?\s+and)\s*)+[A-Za-z][\w'’ -]{0,40}?\s+\d[\d.]*\s?%`)

// staffRun names a percentage of a run whose label is a staff group by
// the heading, the label its group.
func staffRun(c *figureText) (string, string, bool) {
	k := strings.LastIndex(c.sent[:c.n.lo], ":")
	if !c.percent || c.prefix == "" || k < 0 || !staffGroup(c.label) || !staffRunRe.Get().MatchString(c.sent[k+1:]) {
		return "", "", false
	}
	if h := c.prefixLabel(); h != "" && !staffGroup(h) {
		return h, c.label, true
	}
	return "", "", false
}
