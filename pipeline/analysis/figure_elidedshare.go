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
// detention", the predicate is the measure and the whole the group. A
// share right after a clause that gave a count ("completed 4,480 DASH
// risk assessments; 17% were graded high risk") is a share of that count.

var (
	// wholeShareRe finds the whole a first clause takes a share of.
	wholeShareRe = lazy.Re(`(?i)(?:\b(?:per\s?cent|%|half|most|many|all|some|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|the\s+majority|a\s+minority)\s+of\s+(?:the\s+|our\s+|all\s+|these\s+)?|^\s*(?:most|many|some|nearly\s+all|almost\s+all)\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:came|come|went|were|was|are|is|had|have|lived|said|felt|found|led|saw|took|made|gave|got|needed|\w+ed)\b`)
	// elidedBeforeRe ends the text before a share that opens its clause
	// with only a conjunction.
	elidedBeforeRe = lazy.Re(`(?i)(?:,|;)\s*(?:and|but|while|whilst|whereas)?\s*$|\b(?:and|but|while|whilst|whereas)\s*$`)
	// countClauseBeforeRe ends a clause with a count and its noun before
	// the share: "completed 4,480 DASH risk assessments;".
	countClauseBeforeRe = lazy.Re(`\d[\d,]*(?:\s+[\w'’-]+){1,6}\s*(?:;|,\s*and|,\s*of\s+which)\s*$`)
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
	if m == nil && c.prev != "" && countClauseBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		m = []string{"", c.prev} // "Officers completed 4,480 DASH risk assessments; 17% were graded high risk"
	}
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

// trailingShare reads a share added after its clause with only its group
// ("Three quarters of response officers have completed Domestic Abuse
// Matters, and 64% of neighbourhood officers."): what the clause before
// says was completed is its measure, the group its own.
func trailingShare(c *figureText) (string, string, bool) {
	if !c.percent || !trailingAndRe.Get().MatchString(c.sent[:c.n.lo]) {
		return "", "", false
	}
	g := plainOfGroup(c.after)
	if g == "" || strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cutSentence(c.after)), "of "+g)) != "" {
		return "", "", false
	}
	if loc := completeRe.Get().FindStringIndex(c.sent[:c.n.lo]); loc != nil {
		if obj := courseWords(c.sent[loc[1]:c.n.lo]); obj != "" && !isDigit(obj[0]) {
			return obj, g, true
		}
	}
	return "", "", false
}

// trailingAndRe ends the clause before a trailing share: ", and".
var trailingAndRe = lazy.Re(`(?i),\s*(?:and|but|as\s+have|as\s+had)\s*$`)
