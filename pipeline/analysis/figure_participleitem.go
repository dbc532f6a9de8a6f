package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A list item that says what was done and gives its value after a colon
// ("- opened during the year: 296", "- quality-checked within 24 hours:
// 91%"), under a lead that names the thing ("ACCT plans, opened when a
// boy is thought to be at risk:", "Welfare visits, made when a tenant is
// at risk:"), counts the lead's thing: the lead's head is the measure and
// the item's words its group. The item alone names no thing ("opened
// during the year" of what?).

var (
	// participleItemRe is such an item up to its value: "opened during the
	// year:".
	participleItemRe = lazy.Re(`^\s*([a-z][\w-]*)\b[^:;]{0,80}:\s*$`)
	// leadHeadCutRe cuts a lead's head before the clause that describes
	// it: ", opened when", ", made when", " (which".
	leadHeadCutRe = lazy.Re(`(?i)(?:,\s+(?:[a-z]+ed|made|held|seen|done|given|taken|kept|sent|run|which|who|when|where)\b|:)`)
)

// participleItem names such an item's figure by its lead's head, the
// item's words its group.
func participleItem(sent string, n numberAt, lead string) (string, string, bool) {
	m := participleItemRe.Get().FindStringSubmatch(sent[:n.lo])
	if lead == "" || m == nil || strings.TrimSpace(sent[n.hi:]) != "" && !strings.ContainsAny(strings.TrimSpace(sent[n.hi:]), ".;") {
		return "", "", false
	}
	w := strings.ToLower(m[1])
	if !participle(w) && !irregularParticiples[w] && !strings.HasSuffix(w, "-checked") {
		return "", "", false
	}
	loc := leadHeadCutRe.Get().FindStringIndex(lead)
	if loc == nil {
		return "", "", false
	}
	head := strings.TrimSpace(leadArticleRe.Get().ReplaceAllString(strings.TrimSpace(lead[:loc[0]]), ""))
	if head == "" || wordCount(head) > 10 || verbRe.Get().MatchString(head) {
		return "", "", false
	}
	return head, clean(strings.TrimRight(strings.TrimSpace(sent[:n.lo]), ":")), true
}
