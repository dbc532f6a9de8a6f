package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Four ways a share names what it measures by the clause around it, not
// by the words after it:
//
//   - a subject that accounts for a share of the count before ("logged
//     1,044 disclosures; mental health accounted for 39% of them"): the
//     count's measure, the subject its group, as for "N of the X"
//     (figure_partof.go);
//   - a comparator that is a share of another group ("91% said they feel
//     safe, compared with 95% of all learners"): the figure before's
//     measure, the group it names;
//   - a target named by its owner after the figure it is the target of
//     ("rose to 83%; the college target is 88%"), or a share of the count
//     before ("4,120 referrals, which is 42% of the total"): the figure
//     before's measure;
//   - a subject's share ("Concerns about adults made up 71% of
//     referrals"): the subject, the whole its group (madeUpShare).

var (
	// ofThemAfterRe starts "of them", "of these", "of those" after a share.
	ofThemAfterRe = lazy.Re(`(?i)^\s+of\s+(?:them|these|those|this|that)\b`)
	// ofGroupAfterRe starts "of all learners" after a comparator share.
	ofGroupAfterRe = lazy.Re(`(?i)^\s+of\s+((?:all\s+|other\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:[,.;)]|$|\b(?:in|across|nationally)\b)`)
	// whichIsRe ends "which is" before a share of the count before it.
	whichIsRe = lazy.Re(`(?i),?\s+which\s+(?:is|was|are|were|represents?|represented|makes?|made)\s*$`)
	// shareVerbRe ends the verb of a subject's share: "made up", "accounted for".
	shareVerbRe = lazy.Re(`(?i)\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|represented|represents?|formed|forms?|comprised|comprises?)$`)
	// ownTargetRe is a label that only names whose target it is: "the
	// college target", "our target", "the national target".
	ownTargetRe = lazy.Re(`(?i)^(?:(?:under|over|below|above|against|within|beating|exceeding|short\s+of|missing)\s+)?(?:(?:the|our|its|their|a)\s+)?(?:[\w'’-]+\s+)?targets?$`)
	// seenForRe starts the words after a comparator named by whose it
	// is: "the 21% seen for all pupils", "the 30% recorded in England".
	seenForRe = lazy.Re(`(?i)^\s+(?:seen|recorded|reported|found|measured|achieved)\s+(?:for|in|among|amongst|across|by)\s+((?:all\s+|other\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:[,.;)]|$)`)
)

// shareSubject reads the shapes above.
func shareSubject(c *figureText) (string, string, bool) {
	if c.prev == "" {
		return "", "", false
	}
	before := c.sent[:c.n.lo]
	if ownTargetRe.Get().MatchString(c.label) && !strings.Contains(lastClause(before), "%") {
		return c.prev, "", true // "the college target is 88%", "under the target of 5"
	}
	if m := seenForRe.Get().FindStringSubmatch(c.after); m != nil && strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), "the") {
		return c.prev, clean(m[1]), true // "above the 21% seen for all pupils"
	}
	if !c.percent {
		return "", "", false
	}
	if ofThemAfterRe.Get().MatchString(c.after) {
		if subj := clauseSubject(lastClause(c.before)); subj != "" && !staffGroup(subj) {
			return c.prev, subj, true // "mental health accounted for 39% of them"
		}
	}
	if m := ofGroupAfterRe.Get().FindStringSubmatch(c.after); m != nil && comparedWithRe.Get().MatchString(strings.TrimRight(before, " ")+" ") {
		if g := clean(m[1]); !verbRe.Get().MatchString(lastWord(g)) {
			return c.prev, g, true // "compared with 95% of all learners"
		}
	}
	if whichIsRe.Get().MatchString(before) {
		g := ""
		if loc := ofAfterRe.Get().FindStringIndex(c.after); loc != nil {
			g = clean(leadWordsRe.Get().ReplaceAllString(cutSentence(c.after[loc[1]:])+" ", ""))
		}
		return c.prev, g, true // "4,120 referrals, which is 42% of the total", "which is 71% of parents on the caseload"
	}
	return "", "", false
}

// madeUpShare: "Concerns about adults made up 71% of referrals" is the
// subject's share of the whole after "of": the subject the measure, the
// whole its group, as for shares of groups.
func madeUpShare(c *figureText) (string, string, bool) {
	if !c.percent || !shareVerbRe.Get().MatchString(c.before) {
		return "", "", false
	}
	loc := ofAfterRe.Get().FindStringIndex(c.after)
	if loc == nil {
		return "", "", false
	}
	subj := clauseSubject(lastClause(c.before))
	whole := beforeVerb(phrase(strings.TrimPrefix(strings.TrimSpace(c.after[loc[1]:]), "the "), 6))
	if subj == "" || whole == "" || staffGroup(subj) {
		return "", "", false
	}
	return subj, whole, true
}
