package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// figureText is what the measure rules read around one number.
type figureText struct {
	n                   numberAt
	sent, before, after string // the sentence; the text before the number, trimmed of " :-–(", and after it
	label, prefix, prev string // the label before the number in its clause; the prefix it hangs from; the measure before
	afterColon, bracket bool   // set off by a colon or dash; in brackets
	percent, count      bool
}

// newFigureText reads the label and the marks around n.
func newFigureText(sent string, n numberAt, prefix, prev string) figureText {
	c := figureText{n: n, sent: sent, after: sent[n.hi:], prefix: prefix, prev: prev,
		before: strings.TrimRight(sent[:n.lo], " :-–—("), percent: n.unit == model.UnitPercent,
		count: n.unit == model.UnitCount}
	c.label = clauseLabel(c.before)
	c.afterColon = sepBeforeRe.Get().MatchString(sent[:n.lo]) && !clauseColon(sent, n.lo, c.after) // not after "Where ... was met ...:" (figure_clausecolon.go)
	if c.afterColon {
		c.label = colonHeading(c.before) // "Young people who said they felt safer after the programme: 78%"
	}
	c.bracket = strings.HasSuffix(strings.TrimSpace(sent[:n.lo]), "(")
	c.label = measureLabel(c.label)                                    // "During 2026 the board will lift ...": not the measure (figure_actorlabel.go)
	c.label = linkOrSourceLabel(c.label, c.before, c.after, c.percent) // "although only 41 per cent said ..." (figure_frontlabel.go)
	return c
}

// prefixLabel is the prefix as a measure: "Allegations by employment sector".
func (c figureText) prefixLabel() string {
	return clean(leadWordsRe.Get().ReplaceAllString(strings.TrimRight(c.prefix, " :"), ""))
}

// measureRules are tried in order; the first that holds names the figure.
var measureRules = []func(c *figureText) (string, string, bool){
	forBothRule, includedCount, downOnRule, gappedLabel, clauseColonCount, reachedBy, oneRef, succeededFor, asideSubject, infinitiveShare, headingClause, aimForRule, standardAfter, listHead, milestoneRule, reportedRule, bracketPredicate, wordShareCount, expectedRule, aimOfRule, shareSubject, madeUpShare, gapped, amongFront, elidedShare, trailingShare, inCases, inShare, inCount, changeTo, comparedInTime, toAtLeast, ceiling, comparatorPlace, moneyMeasure, groupShares, ofThemShare, staffCompleted, rateOf, sharePercent, bracketGroup, partOfWhole, subjectOfCount, peopleObject, gerundObject, peopleCount, countRule, bracketObject, reachPercent, shareOfCount,
	prefixCount, staffRun, labelRule, comparativeRule, percentWords, passiveShare, linkedShare,
}

// measureOf is measureAt before the fix-ups: what the figure's own words
// say it counts or measures, and its group.
func measureOf(sent string, n numberAt, prefix, prev string) (string, string) {
	c := newFigureText(sent, n, prefix, prev)
	for _, rule := range measureRules {
		if m, g, ok := rule(&c); ok {
			return m, g
		}
	}
	return "", ""
}

// sharePercent: "91% of learners know who to speak to", "screening was
// completed for 92% of new adult clients".
func sharePercent(c *figureText) (string, string, bool) {
	if !c.percent || !ofAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	if g := plainOfGroup(c.after); g != "" && c.label != "" {
		return c.label, g, true
	}
	if g := ofGroupBeforePrep(c.after); g != "" && c.label != "" && !staffGroup(c.label) && !targetHeading(c.label) {
		return c.label, g, true // "notifications reached 97% of schools within one school day"
	}
	if c.label != "" && passiveForRe.Get().MatchString(c.sent[:c.n.lo]) {
		return c.label, phrase(ofAfterRe.Get().ReplaceAllString(c.after, ""), 5), true // "enquiries were made for 96% of new cases within 10 days"
	}
	m, g := percentAfter(c.after)
	return m, g, m != ""
}

// bracketGroup: "Compliance with X: 88% (full-time)", "supervision this
// year: 188 (group), 64 (one to one)".
func bracketGroup(c *figureText) (string, string, bool) {
	m := parenAfterRe.Get().FindStringSubmatch(c.after)
	if m == nil || c.prefix == "" || !(c.count || c.percent && (c.label == "" || c.afterColon)) {
		return "", "", false
	}
	return clean(leadWordsRe.Get().ReplaceAllString(c.prefix, "")), m[1], true
}

// countRule reads a count or a sum from the words after it, or its label.
func countRule(c *figureText) (string, string, bool) {
	if c.percent {
		return "", "", false
	}
	m, g, ok := countMeasure(c.sent, c.n, c.after, c.prev)
	switch {
	case !ok:
		return "", "", false
	case c.label != "" && passiveForRe.Get().MatchString(c.sent[:c.n.lo]):
		return c.label, m, true // "Think Family assessments were completed for 2,044 service users"
	case c.label == "" && c.prev != "" && forPairRe.Get().MatchString(c.sent[:c.n.lo]) && forAfterRe.Get().MatchString(c.after):
		return c.prev, m, true // "Safeguarding referrals: 2,905 for adults and 1,118 for children"
	case c.label != "" && c.afterColon:
		if lm, d := splitDelivery(c.label); d != "" {
			return lm, d, true // "Signs of Safety (classroom) – 212 staff"
		}
		return c.label, m, true // "Designated Safeguarding Lead refresher: 12 staff"
	}
	return m, g, true
}

// bracketObject names a percentage in brackets by the object before it:
// "Staff completed Level 1 safeguarding training (100%)". It changes the
// label the later rules read and never decides.
func bracketObject(c *figureText) (string, string, bool) {
	if c.percent && c.bracket && !strings.ContainsAny(c.label, "0123456789") {
		if obj := objectBefore(c.before); obj != "" && !strings.ContainsAny(levelRe.Get().ReplaceAllString(obj, ""), "0123456789") {
			c.label = obj
		}
	}
	return "", "", false
}

// reachPercent: "is expected to reach 90% Level 3 compliance", "a target
// of 85% Level 3 compliance".
func reachPercent(c *figureText) (string, string, bool) {
	head := c.sent[:c.n.lo]
	if !c.percent || !reachBeforeRe.Get().MatchString(head) && !targetBeforeRe.Get().MatchString(head) {
		return "", "", false
	}
	m, g := percentAfter(c.after)
	return m, g, m != ""
}

// shareOfCount: "2,310 of 2,600 mothers (89%)" is the share of the count
// before it.
func shareOfCount(c *figureText) (string, string, bool) {
	if c.percent && c.prev != "" && c.bracket && strings.ContainsAny(c.label, "0123456789") {
		return c.prev, "", true
	}
	return "", "", false
}

// prefixCount: "Lead professionals: schools (212)", "Allegations by
// employment sector: education 88, early years 31".
func prefixCount(c *figureText) (string, string, bool) {
	if c.label == "" || !c.count || c.prefix == "" {
		return "", "", false
	}
	if c.bracket && !strings.ContainsAny(c.label, "0123456789") {
		return clean(strings.TrimRight(c.prefix, " :")), c.label, true
	}
	if !c.afterColon && wordCount(c.label) <= 4 && !strings.EqualFold(c.label, clean(strings.TrimRight(c.prefix, " :"))) {
		return c.prefixLabel(), c.label, true
	}
	return "", "", false
}

// labelRule names the figure by its label, weighed against its prefix.
func labelRule(c *figureText) (string, string, bool) {
	if c.label == "" {
		return "", "", false
	}
	m, g := withPrefix(c.label, c.prefix)
	if loc := forAfterRe.Get().FindStringIndex(c.after); g == "" && c.percent && loc != nil {
		g = phrase(c.after[loc[1]:], 5) // "45 per cent for sessional workers"
	}
	return m, g, true
}

// comparativeRule: "fell to 28%, against 35% a year earlier".
func comparativeRule(c *figureText) (string, string, bool) {
	return c.prev, "", comparative(c.before) && c.prev != ""
}

// percentWords: "65% adult safeguarding training".
func percentWords(c *figureText) (string, string, bool) {
	if !c.percent {
		return "", "", false
	}
	m, g := percentAfter(c.after)
	return m, g, m != ""
}
