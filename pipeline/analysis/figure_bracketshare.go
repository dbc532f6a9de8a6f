package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// totalEndRe is the total's figure right before the bracket: " – 96% ".
var totalEndRe = lazy.Re(`\s*[-–—:]?\s*\d[\d,.]*\s*%?\s*$`)

// Shares per staff group in brackets after a total measure what the total
// measures: "Safeguarding Children Level 1 – 96% (responsible officers 98%,
// administrative staff 91%)". A label in brackets before a figure is
// otherwise a comparator ("(England 22%)"), its own measure; a staff group
// is never a comparator, so it is the figure's group instead.

// bracketStaffShare is the measure before and the staff group that labels
// a figure inside brackets, or ok false.
func bracketStaffShare(before, prev string) (measure, group string, ok bool) {
	open := strings.LastIndex(before, "(")
	if prev == "" || open < 0 || strings.LastIndex(before, ")") > open {
		return "", "", false
	}
	label := before[open+1:]
	if k := strings.LastIndexAny(label, ",;"); k >= 0 {
		label = label[k+1:]
	}
	label = clean(strings.TrimPrefix(clean(label), "and "))
	if label == "" || wordCount(label) > 5 || strings.ContainsAny(label, "0123456789") || !staffGroup(label) {
		return "", "", false
	}
	if t := totalLabel(before[:open]); t != "" {
		return t, label, true // the total's own label, not a list lead's words
	}
	return prev, label, true
}

// totalLabel is the label of the total before the bracket ("Safeguarding
// Children Level 1" in "- Safeguarding Children Level 1 – 96%"), or "".
func totalLabel(pre string) string {
	loc := totalEndRe.Get().FindStringIndex(pre)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	l := pre[:loc[0]]
	if k := strings.LastIndexAny(l, ":;,("); k >= 0 {
		l = l[k+1:]
	}
	l = clean(strings.Trim(l, " -–—"))
	if l == "" || wordCount(l) > 8 || pronounRe.Get().MatchString(l) {
		return ""
	}
	return l
}
