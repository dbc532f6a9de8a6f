package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count split in brackets right after it, each part a count "for" or
// "about" its group ("made 97 safeguarding referrals (58 for adults, 39
// for children)", "(52 for boys and 24 for girls)"), gives parts of the
// same thing, as "(adults 5,118; children 1,928)" does
// (figure_breakdown.go): each part measures what the total measures, the
// words after "for" its group.

// forPartRe is one such part: "58 for adults", "and 39 for children".
var forPartRe = lazy.Re(`(?i)^\s*(?:and\s+)?\d[\d,]*\s+(?:for|about|among|from|in)\s+(?:the\s+)?([A-Za-z][\w'’ -]{0,40}?)\s*$`)

// forSplitPart is the measure of the total before the bracket (prev) and
// the part's group, when the count at lo is a part of such a split.
func forSplitPart(sent string, lo int, prev string) (measure, group string, ok bool) {
	open := strings.LastIndex(sent[:lo], "(")
	if prev == "" || open < 0 || strings.Contains(sent[open:lo], ")") || !countBeforeBracketRe.Get().MatchString(sent[:open+1]) {
		return "", "", false
	}
	end := strings.Index(sent[open:], ")")
	if end < 0 {
		return "", "", false
	}
	parts := forSplitParts(sent[open+1 : open+end])
	if len(parts) < 2 {
		return "", "", false
	}
	for _, p := range parts {
		if !forPartRe.Get().MatchString(p) {
			return "", "", false
		}
	}
	rest := sent[lo:]
	if loc := partEndRe.Get().FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]] // "2,100 from the police, ..." keeps its comma
	}
	m := forPartRe.Get().FindStringSubmatch(forSplitParts(rest)[0])
	if m == nil {
		return "", "", false
	}
	return prev, clean(m[1]), true
}

// forSplitParts parts a bracket's text at semicolons, commas before a
// space and " and " before a digit.
func forSplitParts(s string) []string {
	var out []string
	for _, p := range partSepRe.Get().Split(s, -1) {
		from := 0
		for _, loc := range andDigitRe.Get().FindAllStringIndex(p, -1) {
			out = append(out, p[from:loc[0]])
			from = loc[1] - 1 // the part keeps its digit
		}
		out = append(out, p[from:])
	}
	return out
}

// andDigitRe is " and " before a part's count.
var andDigitRe = lazy.Re(`\s+and\s+\d`)

// partEndRe ends a part: a comma before a space, a semicolon or the
// bracket.
var partEndRe = lazy.Re(`,\s|;|\)`)
