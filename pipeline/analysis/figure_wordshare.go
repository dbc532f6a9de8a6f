package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count in brackets after a share written in words ("Just over a third
// of new sentences (318) were for violent offences", "Almost half of the
// children supervised (91) had an education, health and care plan")
// counts what the predicate after the bracket says, of the whole the
// words name: the predicate is the measure, the whole its group. (A
// percentage in that place is read by figure_bracketpred.go.)

// wordShareRe ends the text before such a count: "a third of new
// sentences (".
var wordShareRe = lazy.Re(`(?i)\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|a\s+fifth|a\s+tenth|most|many|some|the\s+majority|a\s+minority|nearly\s+all|almost\s+all)\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*\(\s*$`)

// closeVerbRe starts the words after the count: ") were for".
var closeVerbRe = lazy.Re(`^\s*\)\s+([a-z]+)\b`)

// wordShareCount names such a count by its predicate, the whole its group.
func wordShareCount(c *figureText) (string, string, bool) {
	w := wordShareRe.Get().FindStringSubmatch(c.before + " (")
	m := closeVerbRe.Get().FindStringSubmatchIndex(c.after)
	if c.percent || !c.bracket || w == nil || m == nil {
		return "", "", false
	}
	verb := c.after[m[2]:m[3]]
	if !(verbRe.Get().MatchString(verb) || participle(verb) || pastVerbRe.Get().MatchString(verb) || sayVerbs[verb]) {
		return "", "", false
	}
	words := strings.Fields(coordPhrase(c.after[m[2]:], 6))
	for len(words) > 1 && auxiliary(words[0]) {
		words = words[1:] // "were for violent offences" is "for violent offences"
	}
	if len(words) == 0 || len(words) > 12 {
		return "", "", false
	}
	return strings.Join(words, " "), clean(w[1]), true
}
