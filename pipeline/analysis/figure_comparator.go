package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A figure given "against", "compared with" or "than" another is a
// comparator when the words after it say whose figure it is: "68%,
// against 72% across the sector", "compared with 27% in similar trusts",
// "against 11.4% nationally". It is not the agency's own result, so its
// measure is the comparator as written and its group what it is compared
// with, as "(England 22%)" is read. A comparator in time ("against 72% the
// year before") stays the same measure as the figure before it.

var (
	// comparedBeforeRe ends the text before a figure given for comparison.
	comparedBeforeRe = lazy.Re(`(?i)\b(?:against|compared\s+(?:with|to)|compares?\s+(?:with|to)|than|versus|vs\.?|beside)\s*(?:£\s?)?$`)
	// comparatorChainRe ends the text before a second comparator: "compared
	// with 4.5% nationally and" (3.9% across the county).
	comparatorChainRe = lazy.Re(`(?i)\b(?:against|compared\s+(?:with|to)|compares?\s+(?:with|to)|than)\s+(?:£\s?)?\d[\d,.]*\s?(?:%|per\s?cent)?\s+[^,;()\d]{2,40}?(?:,\s*|\s+)and\s*$`)
	// comparatorNameRe ends the text before a comparator named as a noun
	// after a word of comparison: "below the national average of", "in
	// line with the regional figure of", "against a sector rate of".
	comparatorNameRe = lazy.Re(`(?i)\b(?:against|compared\s+(?:with|to)|than|versus|vs\.?|below|above|under|over|behind|ahead\s+of|in\s+line\s+with|close\s+to|matching)\s+(?:a|an|the)?\s*((?:[\w'’-]+\s+){0,4}?(?:average|figure|rate|mean|median|benchmark|level|result|performance|position))\s+(?:of|at)\s*(?:£\s?)?$`)
	// comparatorAfterRe starts the words after a comparator figure that
	// name whose it is: "nationally", "across the sector", "in similar
	// trusts", "for forces in England and Wales", "in England".
	comparatorAfterRe = lazy.Re(`(?i)^\s*(?:(?:nationally|regionally|locally|elsewhere)\b|(?:across|among|amongst)\s+\S|(?:in|for|at)\s+(?:(?:the\s+|our\s+)?(?:other|similar|comparable|neighbouring|statistical|peer)\b|(?:all\s+)?(?:England|Wales|Scotland|the\s+(?:UK|region|country|sector))\b|(?:\w+\s+){1,3}?(?:in|across)\s+(?:England|Wales|the\s+(?:UK|region|country)))|(?:the\s+)?(?:national|regional|England|sector|county|London)\s+(?:average|figure|rate|mean)\b)`)
)

// comparatorPlace names a figure given for comparison with another place
// or body by the words that say whose it is.
func comparatorPlace(c *figureText) (string, string, bool) {
	if m := comparatorNameRe.Get().FindStringSubmatch(c.sent[:c.n.lo]); m != nil && !targetWordRe.Get().MatchString(m[1]) {
		if g := genericComparator(clean(m[1]), c.prev); g != "" {
			return g, forPlace(c.after), true // "against a figure of 39% for the youth custodial estate" (figure_genericcomparator.go)
		}
		return clean(m[1]), c.prev, true // "below the national average of 86%"
	}
	before := c.sent[:c.n.lo]
	chain := comparatorChainRe.Get().MatchString(before)
	if !comparedBeforeRe.Get().MatchString(before) && !chain || !comparatorAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	var out []string
	words := strings.Fields(c.after)
	for i, w := range words {
		if i == 8 || i > 0 && (periodStart(strings.Join(words[i:], " ")) || numberWord(w) || strings.EqualFold(w, "per") || (strings.EqualFold(w, "and") || strings.EqualFold(w, "or")) && !placePair(words, i)) {
			break // "across the region in 2024/25", "nationally and 3.9% ...": not whose
		}
		out = append(out, w)
		if strings.ContainsAny(w, ",;:.()") {
			break
		}
	}
	whose := strings.Trim(clean(strings.Join(out, " ")), ",;:.()")
	if chain {
		return whose, "", whose != "" // the group is the first comparator's (textFigures)
	}
	return whose, c.prev, whose != ""
}

// comparatorChain reports whether the figure after before is a second
// comparator of the same figure ("compared with 4.5% nationally and 3.9%
// across the county"), whose group is the first comparator's.
func comparatorChain(before, after string) bool {
	return comparatorChainRe.Get().MatchString(before) && comparatorAfterRe.Get().MatchString(after)
}

// periodStart reports whether s starts with a period ("in 2024/25").
func periodStart(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "in "), "during ")
	loc := periodRe.Get().FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// placePair reports whether the "and" at words[i] joins two names into
// one place ("England and Wales"), not two comparators: a capitalised
// word each side and no figure right after.
func placePair(words []string, i int) bool {
	if i == 0 || i+1 >= len(words) {
		return false
	}
	a, b := strings.Trim(words[i-1], ",;:.()"), words[i+1]
	return a != "" && b != "" && isUpper(a[0]) && isUpper(b[0]) && !strings.ContainsAny(b, "0123456789")
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }
