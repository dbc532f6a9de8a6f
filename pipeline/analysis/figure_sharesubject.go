package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Three ways a share names what it measures by the clause around it, not
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
//     ("rose to 83%; the college target is 88%"): the figure before's
//     measure.

var (
	// ofThemAfterRe starts "of them", "of these", "of those" after a share.
	ofThemAfterRe = lazy.Re(`(?i)^\s+of\s+(?:them|these|those|this|that)\b`)
	// ofGroupAfterRe starts "of all learners" after a comparator share.
	ofGroupAfterRe = lazy.Re(`(?i)^\s+of\s+((?:all\s+|other\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:[,.;)]|$|\b(?:in|across|nationally)\b)`)
	// ownTargetRe is a label that only names whose target it is: "the
	// college target", "our target", "the national target".
	ownTargetRe = lazy.Re(`(?i)^(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+)?targets?$`)
)

// shareSubject reads the three shapes above.
func shareSubject(c *figureText) (string, string, bool) {
	if !c.percent || c.prev == "" {
		return "", "", false
	}
	before := c.sent[:c.n.lo]
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
	if ownTargetRe.Get().MatchString(c.label) && !strings.Contains(lastClause(before), "%") {
		return c.prev, "", true // "the college target is 88%"
	}
	return "", "", false
}
