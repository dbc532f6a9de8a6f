package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count split in brackets right after it, each part led by its own
// label, gives parts of the same thing: "made 7,046 referrals (adults
// 5,118; children 1,928)", "received 9,412 contacts (police 4,105,
// schools 2,210, health 1,877)". Each part measures what the total
// measures, and its label is its group. A single label in brackets
// before a figure is otherwise a comparator ("(England 22%)"); a split
// has two parts or more and follows a count, not a percentage.

var (
	// countBeforeBracketRe ends the text before a split: "7,046 referrals (".
	countBeforeBracketRe = lazy.Re(`\d[\d,]*(?:\s+[\w'’-]+){0,8}\s*\(\s*$`)
	// splitPartRe is one part of a split: "adults 5,118", "and boys 147".
	// partSepRe parts them: a semicolon, or a comma before a space.
	partSepRe   = lazy.Re(`;|,\s`)
	splitPartRe = lazy.Re(`^\s*(?:and\s+)?([A-Za-z][\w'’ -]{0,30}?)\s+\d[\d,]*\s*$`)
)

// splitPart is the measure of the total before the bracket (prev) and the
// part's label as its group, when the figure at lo is a part of a split.
func splitPart(sent string, lo, hi int, prev string) (measure, group string, ok bool) {
	open := strings.LastIndex(sent[:lo], "(")
	if prev == "" || open < 0 || strings.Contains(sent[open:lo], ")") || !countBeforeBracketRe.Get().MatchString(sent[:open+1]) {
		return "", "", false
	}
	end := strings.Index(sent[open:], ")")
	if end < 0 {
		return "", "", false
	}
	parts := partSepRe.Get().Split(sent[open+1:open+end], -1) // "1,640" keeps its comma
	if len(parts) < 2 {
		return "", "", false
	}
	for _, p := range parts {
		if !splitPartRe.Get().MatchString(p) {
			return "", "", false
		}
	}
	label := sent[open+1 : lo]
	if locs := partSepRe.Get().FindAllStringIndex(label, -1); locs != nil {
		label = label[locs[len(locs)-1][1]:]
	}
	label = clean(strings.TrimPrefix(clean(label), "and "))
	return prev, label, label != ""
}
