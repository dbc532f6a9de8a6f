package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Three more ways a sentence says what a sum pays for:
//
//   - a list of things it was spent on ("£48,000 spent on fire-retardant
//     bedding, monitored smoke alarms and other specialist equipment"):
//     the whole list, as one phrase (figure_coordphrase.go), not its
//     first item;
//   - who it was given to ("contributed £1.84m to the budgets of the two
//     local safeguarding partnerships", "gave £25,000 to the running
//     costs of the district's two refuges"): the recipient up to the end
//     of its phrase, its number words kept;
//   - what it is invested in after an aside ("invest £210,000 a year, on
//     a recurrent basis, in a Designated Nurse post").

var (
	// spentOnAfterRe starts the words after a sum spent on a list.
	spentOnAfterRe = lazy.Re(`(?i)^\s*(?:(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+)?(?:spent|used)\s+on\s+`)
	// spentBeforeRe ends "spent £X" before "on".
	spentBeforeRe = lazy.Re(`(?i)\b(?:spen[dt]s?|spending)\s*(?:£\s?)?$`)
	// giveBeforeRe ends the words before a sum given to someone.
	giveBeforeRe = lazy.Re(`(?i)\b(?:contribut(?:e|es|ed|ing)|gave|give|gives|paid|pays|donat(?:e|es|ed)|grant(?:s|ed)?|award(?:s|ed)?|pass(?:es|ed)\s+on)\s*(?:£\s?)?$`)
	// toAfterRe starts the recipient: " to the", " a year to", " towards".
	toAfterRe = lazy.Re(`(?i)^\s*(?:(?:a|per|each)\s+year\s+)?to(?:wards)?\s+(?:the\s+)?`)
	// asideRe is "a year, on a recurrent basis," between a sum and "in".
	asideRe = lazy.Re(`(?i)^\s*(?:(?:a|per|each)\s+year)?\s*,[^,;.()]{1,40},\s*`)
)

// moneyObject names a sum by a list it was spent on, its recipient, or
// what it is invested in after an aside.
func moneyObject(c *figureText) (string, string, bool) {
	if c.n.unit != model.UnitMoney {
		return "", "", false
	}
	before := c.sent[:c.n.lo]
	if loc := spentOnAfterRe.Get().FindStringIndex(c.after); loc != nil {
		return listObject(c.after[loc[1]:], "")
	}
	if spentBeforeRe.Get().MatchString(before) {
		if loc := onAfterRe.Get().FindStringIndex(c.after); loc != nil {
			return listObject(c.after[loc[1]:], fundSpending(before)) // the fund that spent it its group (figure_fundspent.go)
		}
	}
	if giveBeforeRe.Get().MatchString(before) {
		if loc := toAfterRe.Get().FindStringIndex(c.after); loc != nil {
			if r := recipient(c.after[loc[1]:]); r != "" {
				return r, "", true
			}
		}
	}
	if spendBeforeRe.Get().MatchString(before) {
		if loc := asideRe.Get().FindStringIndex(c.after); loc != nil {
			if in := onAfterRe.Get().FindStringIndex(c.after[loc[1]:]); in != nil {
				if obj := objectNoun(c.after[loc[1]+in[1]:]); obj != "" {
					return obj, "", true
				}
			}
		}
	}
	return "", "", false
}

// listObject is a list of things a sum was spent on, when the words name
// one ("A, B and C"); else it leaves the sum to the other money rules.
func listObject(text, group string) (string, string, bool) {
	p := coordPhrase(text, 6)
	if !strings.Contains(p, ",") {
		return "", "", false
	}
	words := strings.Fields(p)
	for len(words) > 0 && nounWordsSkip.Get().MatchString(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " "), group, len(words) > 0
}

// recipient is who a sum was given to, up to the end of its phrase, at
// most ten words: "budgets of the two local safeguarding partnerships".
func recipient(text string) string {
	words := strings.Fields(cutSentence(text))
	if len(words) == 0 || len(words) > 10 {
		return ""
	}
	return strings.Join(words, " ")
}
