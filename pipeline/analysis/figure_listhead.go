package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A list item may name its figure first and give the value last: "-
// neglect by carers or relatives, 140 cases", "- online abuse of players,
// including young referees, 36", "- Basic Awareness, taken by 2,977
// people", "- Leadership: completed by 91% of clergy". The item's head
// (its words before the first comma or colon) is what the figure
// measures, however many words follow the head; the words after the
// number are only its unit ("cases") or, after "of", its group.
var (
	// listEndAfterRe is the text after a value that ends its item: at
	// most two words ("cases", "referrals") and the item's end.
	listEndAfterRe = lazy.Re(`^\s*(?:[A-Za-z][\w'’-]*\s*){0,2}[.;,]?\s*$`)
	// listByRe is the participle between an item's head and its value:
	// "taken by", "completed by".
	listByRe = lazy.Re(`(?i)^\s*(?:taken|completed|attended|done|passed|used|reached|received)\s+by\s*$`)
	// listOfGroupRe is the group after a share that ends the item: "of
	// clergy holding a licence".
	listOfGroupRe = lazy.Re(`(?i)^\s*of\s+(.+?)[.;]?\s*$`)
	// placeHeadRe is a head that names where, never what: "in Calveley",
	// "across the city".
	placeHeadRe = lazy.Re(`(?i)^(?:in|at|across|within|for)\s+(?:the\s+)?(.{2,40})$`)
	// leadObjectRe finds what a lead's subject holds or completed:
	// "Dentists holding level 2 safeguarding training".
	leadObjectRe = lazy.Re(`(?i)\b(?:holding|with|who\s+(?:have|had)\s+(?:completed|done)|completing|who\s+hold)\s+(?:a\s+|an\s+|the\s+|current\s+)*(.+)$`)
)

// leadMeasure is what a list's lead names as measured, read up to its
// first comma: the object of "holding"/"with", else the lead itself
// without an "X by Y" grouping.
func leadMeasure(prefix string) string {
	lead := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(prefix), ":—–-"))
	if k := strings.Index(lead, ","); k > 0 {
		lead = lead[:k]
	}
	if m := leadObjectRe.Get().FindStringSubmatch(lead); m != nil {
		return clean(m[1])
	}
	if k := strings.Index(strings.ToLower(lead), " by "); k > 0 {
		lead = lead[:k]
	}
	return clean(lead)
}

// listHead names a value at the end of a list item by the item's head.
func listHead(c *figureText) (string, string, bool) {
	if c.prefix == "" {
		return "", "", false
	}
	before := c.sent[:c.n.lo]
	k := strings.IndexAny(before, ",:")
	if k <= 0 || strings.ContainsAny(before, "0123456789()") {
		return "", "", false
	}
	head := clean(strings.TrimLeft(before[:k], " -–—•*"))
	rest := before[k+1:]
	if m := placeHeadRe.Get().FindStringSubmatch(head); m != nil && strings.TrimSpace(rest) == "" {
		if lm := leadMeasure(c.prefix); lm != "" {
			return lm, m[1], true // "- in Calveley, 81 per cent, up from 74 per cent": the place is the group
		}
	}
	switch {
	case head == "" || wordCount(head) > 12:
		return "", "", false
	case before[k] == ',' && strings.TrimSpace(before[k+1:]) == "" && listEndAfterRe.Get().MatchString(c.after):
		return head, "", true // "- neglect by carers or relatives, 140 cases"
	case strings.Count(before, ",") <= 2 && before[k] == ',' && strings.HasSuffix(strings.TrimSpace(before), ",") && listEndAfterRe.Get().MatchString(c.after):
		return head, "", true // "- online abuse of players, including young referees, 36"
	case !listByRe.Get().MatchString(rest):
		return "", "", false
	}
	if m := listOfGroupRe.Get().FindStringSubmatch(c.after); m != nil && c.percent {
		return head, phrase(m[1], 5), true // "- Leadership: completed by 91% of clergy holding a licence"
	}
	return head, "", listEndAfterRe.Get().MatchString(c.after) // "- Basic Awareness, taken by 2,977 people"
}

// listHeadItem is listHead for a list item, tried before the fix-ups that
// would read "label, N" as a split of the lead; a lead worded "X by Y:"
// keeps its reading when that reading's group is the head ("- Eastgate,
// 211 visits" under "Welfare checks by district:"), unless the lead's
// measure is a whole sentence before a bare "By reason:".
func listHeadItem(sent string, n numberAt, prefix, prev string) (string, string, bool) {
	if prefix == "" {
		return "", "", false
	}
	c := newFigureText(sent, n, prefix, prev)
	m, g, ok := listHead(&c)
	if bm, bg, byLead := byGroupMeasure(sent[:n.lo], prefix); ok && byLead && strings.EqualFold(bg, m) && !strings.HasSuffix(bm, ".") {
		return "", "", false
	}
	return m, g, ok
}
