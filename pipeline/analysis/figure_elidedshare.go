package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share in a second clause that leaves out what it is a share of takes
// the whole the first clause named: "Forty per cent of contacts came from
// the police, while 22% came from schools" is 22% of contacts; "Half of
// the young people were referred by schools, whereas 31% were referred by
// the police" 31% of the young people. The first share may be in words
// (so no figure carries the whole). As for "38% of which led to a
// detention", the predicate is the measure and the whole the group.

var (
	// wholeShareRe finds the whole a first clause takes a share of.
	wholeShareRe = lazy.Re(`(?i)(?:\b(?:per\s?cent|%|half|most|many|all|some|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|the\s+majority|a\s+minority)\s+of\s+(?:the\s+|our\s+|all\s+|these\s+)?|^\s*(?:most|many|some|nearly\s+all|almost\s+all)\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:came|come|went|were|was|are|is|had|have|lived|said|felt|found|led|saw|took|made|gave|got|needed|\w+ed)\b`)
	// elidedBeforeRe ends the text before a share that opens its clause
	// with only a conjunction.
	elidedBeforeRe = lazy.Re(`(?i)(?:,|;)\s*(?:and|but|while|whilst|whereas)?\s*$|\b(?:and|but|while|whilst|whereas)\s*$`)
	// predicateLeadRe starts the predicate right after the share.
	predicateLeadRe = lazy.Re(`(?i)^\s+(?:came|come|went|were|was|are|is|had|have|lived|said|felt|found|led|saw|took|made|gave|got|needed|\w+ed)\b`)
)

// elidedShare names such a share by its predicate, with the first
// clause's whole as its group.
func elidedShare(c *figureText) (string, string, bool) {
	if !c.percent || !predicateLeadRe.Get().MatchString(c.after) || !elidedBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		return "", "", false
	}
	m := wholeShareRe.Get().FindStringSubmatch(c.sent[:c.n.lo])
	if m == nil {
		return "", "", false
	}
	words := strings.Fields(cutSentence(c.after))
	for len(words) > 1 && auxiliary(words[0]) {
		words = words[1:] // "were referred by the police" is "referred by the police"
	}
	if len(words) > 8 {
		words = words[:8]
	}
	pred := strings.Join(words, " ")
	return pred, clean(m[1]), pred != ""
}
