package analysis

import (
	"regexp"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// objectToRe ends the text before a figure that a verb of change aims
	// at: "bring Training (PREVENT) up to 95%", "reduce the number of
	// children placed far from home to 25".
	objectToRe = lazy.Re(`(?i)\b(?:bring|raise|increase|reduce|improve|get|take|lift|push|grow|move|cut|lower|decrease)\s+(.{3,100}?)\s+(?:(?:up|down)\s+)?to(?:\s+at\s+(?:least|most))?\s*$`)
	// bracketLabelRe ends the text before a figure in brackets led by its
	// own label: "19% (England 22%)".
	bracketLabelRe = lazy.Re(`\(\s*([A-Za-z][^()\d]{0,40}?)\s*$`)
	// prefixGroupRe finds the staff group a prefix names: "training for
	// probation officers at 31 March".
	prefixGroupRe = lazy.Re(`(?i)\b(?:for|among|amongst|by)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:\b(?:at|in|on|during)\b|[,:]|$)`)
	// byGroupEndRe ends a sentence with the staff group its figures are
	// of: "... have been achieved by frontline staff."
	byGroupEndRe = lazy.Re(`(?i)\b(?:by|among|amongst|for)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*[.;]?\s*$`)
	// forGroupAfterRe starts the group after a percentage: "91% for all
	// learners".
	forGroupAfterRe = lazy.Re(`(?i)^\s+(?:for|among|amongst)\s+`)
	// comparatorOfRe ends the text before a comparator named as a noun:
	// "against a national average of 36%", "than the regional figure of".
	comparatorOfRe = lazy.Re(`(?i)\b(?:against|compared\s+(?:with|to)|than|versus|vs)\s+(?:a|an|the)?\s*((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+of\s*$`)
	// bracketTargetRe is a bracket's opening words that say only that the
	// figure after them is a target: "(target 90%)", "(target: 500)".
	bracketTargetRe = lazy.Re(`(?i)^(?:the\s+|our\s+|a\s+)?targets?(?:\s+(?:of|was|is))?\s*:?$`)
	// forPairRe ends the text before the second count of a pair whose
	// first was for a group: "2,905 for adults and" (1,118 for children).
	forPairRe = lazy.Re(`(?i)\d\s+(?:for|among|amongst)\s+[^,;:.()\d]{1,40}?\s*(?:,|,?\s+and)\s*$`)
	// totalBeforeRe ends the text before a total of the figures before it:
	// "..., a total of 4,023".
	totalBeforeRe = lazy.Re(`(?i)(?:,|;|\band|\bmaking|\bgiving|\bwith)\s+(?:a|the)?\s*total\s+of\s*$`)
	// bracketPeriodRe ends "(2015/16:" before a comparator in brackets.
	bracketPeriodRe = lazy.Re(`\(\s*([^()]{2,30}?)\s*:?\s*$`)
	// deliveryObjRe is training completed in a named delivery.
	deliveryObjRe = lazy.Re(`(?i)\b(?:completed|complete|completes|undertook|attended)\s+(?:the\s+|their\s+)?(e-?learning|online|classroom|face[-\s]to[-\s]face)\b`)
	// doneSoRe is a measure that points back at what was to be done.
	doneSoRe = lazy.Re(`(?i)^(?:had\s+|have\s+|has\s+)?(?:done|did)\s+(?:so|this|it)$`)
	// toReachRe is the "to reach" before a figure a subject aims at.
	toReachRe = lazy.Re(`(?i)\s+to\s+(?:reach|achieve|hit|attain|exceed|meet|get\s+to|be(?:\s+at)?)\s*$`)
)

// measureAt names what the figure at n counts or measures, and its group.
// prefix is the text the figure's list or sentence hangs from ("Safeguarding
// training:"); prev the measure of the figure before it in the sentence.
// measureOf reads the figure's own words; the fix-ups here mend what those
// words leave empty or wrong.
func measureAt(sent string, n numberAt, prefix, prev string) (measure, group string) {
	before := sent[:n.lo]
	if m, g, ok := listHeadItem(sent, n, prefix, prev); ok {
		return m, g // "- online abuse of players, including young referees, 36": not a split of the lead
	}
	if m, g, ok := splitPart(sent, n.lo, n.hi, prev); ok && n.unit == model.UnitCount {
		return m, g // "7,046 referrals (adults 5,118; children 1,928)"
	}
	if m, g, ok := forSplitPart(sent, n.lo, prev); ok && n.unit == model.UnitCount {
		return m, g // "97 safeguarding referrals (58 for adults, 39 for children)" (figure_forsplit.go)
	}
	if m, ok := bracketExpectMeasure(sent, n, prev); ok {
		return m, "" // "(the board expects 90%)": the target of what the figures before measure
	}
	if m, g, ok := bracketStaffShare(before, prev); ok {
		return m, g // "96% (responsible officers 98%, administrative staff 91%)"
	}
	if m := bracketLabelRe.Get().FindStringSubmatch(before); m != nil && !targetWordRe.Get().MatchString(m[1]) && !includingBeforeRe.Get().MatchString(before) {
		return clean(m[1]), prev // "(England 22%)": a comparator of the figure before
	} else if m != nil && prev != "" && bracketTargetRe.Get().MatchString(m[1]) {
		return prev, "" // "86% (target 90%)": the target of the figure before
	}
	if prev != "" && targetAfterRe.Get().MatchString(sent[n.hi:]) && !strings.ContainsAny(lastClause(before), "0123456789") {
		return prev, "" // "exceeding its 95% target": the target of the figure before
	}
	if m := bracketPeriodRe.Get().FindStringSubmatch(before); m != nil && periodOnly(clean(m[1])) && prev != "" {
		return prev, "" // "81% (2015/16: 74%)"
	}
	if m, g, ok := staffLeadMeasure(before, prefix); ok {
		return m, g // "Staff who had completed annual safeguarding training:" over "- teachers: 100%"
	}
	if m, g, ok := byGroupMeasure(before, prefix); ok {
		return m, g // "Safeguarding supervision uptake by staff group: midwives 92%"
	}
	measure, group = measureOf(sent, n, prefix, prev)
	if measure == "" {
		measure = emptyMeasure(before, prefix, prev)
	}
	if f := strings.Fields(measure); len(f) > 1 && strings.EqualFold(f[0], "for") && prev != "" && group == "" {
		measure, group = prev, strings.Join(f[1:], " ") // "... for community teams was 81% and for inpatient wards 69%"
	}
	if periodOnly(measure) {
		measure = prev // "94% within timescale in Q3, 97% in Q4"
		if measure == "" {
			measure = prefixMeasure(prefix)
		}
	}
	if doneSoRe.Get().MatchString(measure) {
		if obj := completedObject(sent); obj != "" {
			measure = obj // "must complete safeguarding awareness training; ... 1,312 (89%) had done so"
		}
	}
	if n.unit == model.UnitPercent {
		measure, group = percentFixups(sent, n, measure, group, prefix, prev)
	}
	if group == "" {
		measure, group = splitStaffBracket(measure) // "- Level 1 (administrative and reception staff): 93%"
	}
	if group == "" {
		if m := prefixGroupRe.Get().FindStringSubmatch(prefix); m != nil && staffGroup(m[1]) {
			group = m[1] // "Mandatory training for probation officers at 31 March 2017: ..."
		}
	}
	return measure, pointingGroup(group) // "85% for both" (figure_forboth.go)
}

// emptyMeasure names a figure whose own words name nothing, from the verb
// or comparison before it.
func emptyMeasure(before, prefix, prev string) string {
	if m := reportedAgainst(before, prev); m != "" {
		return m // "Our target ... was 85% and we achieved 87%"
	}
	if m := objectToRe.Get().FindStringSubmatch(before); m != nil {
		return clean(leadWordsRe.Get().ReplaceAllString(m[1], "")) // "bring Training (PREVENT) up to 95%"
	}
	if m := comparatorOfRe.Get().FindStringSubmatch(before); m != nil && !targetWordRe.Get().MatchString(m[1]) {
		return m[1] // "against a national average of 36%"
	}
	if reachBeforeRe.Get().MatchString(before) {
		if s := subjectToReach(before); s != "" {
			return s // "Our aim is for Level 3 compliance to reach 90%"
		}
	}
	if totalBeforeRe.Get().MatchString(before) && prev != "" {
		return prev // "2,905 for adults and 1,118 for children, a total of 4,023"
	}
	if targetBeforeRe.Get().MatchString(before) {
		if prev != "" {
			return prev // "74% at 31 March, against a target of 90%"
		}
		return prefixMeasure(prefix) // "Level 2 compliance: Target: 95%"
	}
	return ""
}

// prefixMeasure is a prefix as a measure: "Level 2 compliance".
func prefixMeasure(prefix string) string {
	return clean(leadWordsRe.Get().ReplaceAllString(strings.TrimRight(prefix, " :"), ""))
}

// completedObject is what the sentence says is to be completed: "must
// complete Child Safeguarding training" gives "Child Safeguarding training".
func completedObject(sent string) string {
	if loc := completeRe.Get().FindStringIndex(sent); loc != nil {
		return phrase(sent[loc[1]:], 8)
	}
	return ""
}

// percentFixups mends a percentage's measure and group: the delivery or
// group in words or brackets after it, the staff group the sentence or its
// prefix names, and what a bare rate ("90% completion") is of.
func percentFixups(sent string, n numberAt, measure, group, prefix, prev string) (string, string) {
	after := sent[n.hi:]
	if m := parenAfterRe.Get().FindStringSubmatch(after); m != nil {
		if measure == "" {
			measure = prev // "79% (induction) and 64% (refresher)"
		}
		if group == "" {
			group = clean(m[1])
		}
	}
	if d := phrase(after, 3); onlyDeliveryRe.Get().MatchString(d) {
		if onlyDeliveryRe.Get().MatchString(measure) || measure == "" {
			measure = prefixMeasure(prefix) // "Prevent training: 62% face-to-face and 85% e-learning"
		}
		if group == "" || onlyDeliveryRe.Get().MatchString(group) {
			group = d
		}
	}
	if staffGroup(measure) && group == "" && prev != "" && !staffGroup(prev) {
		measure, group = prev, measure // "Staff training (Keeping Children Safe in Education) 99%; governors 81%"
	}
	if loc := forGroupAfterRe.Get().FindStringIndex(after); group == "" && loc != nil {
		group = groupWithPlace(after[loc[1]:]) // "compared to 91% for all learners", "for all pupils in the trust"
	}
	if group != "" && strings.EqualFold(measure, group) && prev != "" {
		measure = prev // "at 78% for GPs and 91% for practice nurses"
	}
	if staffGroup(measure) && group == "" {
		if m, _ := percentAfter(after); m != "" && !staffGroup(m) {
			measure, group = m, measure // "Call handlers: 72% vulnerability training"
		}
	}
	if group == "" {
		group = sentenceGroup(sent, n, prefix, measure)
	}
	if bareRateRe.Get().MatchString(measure) {
		if obj := completedObject(sent); obj != "" && !isDigit(obj[0]) { // "completed 2,100 visits: 96%" names no course
			return obj, group // "must complete Child Safeguarding training, and we expect 100% compliance"
		}
	}
	return measure, group
}

// sentenceGroup is the staff group a percentage's prefix or sentence
// names, or "".
func sentenceGroup(sent string, n numberAt, prefix, measure string) string {
	if p := prefixHead(prefix); p != "" && staffGroup(p) && wordCount(p) <= 4 {
		return p // "Call handlers: ..., 48% Prevent training"
	}
	if m := byGroupEndRe.Get().FindStringSubmatch(sent); m != nil && staffGroup(m[1]) {
		return m[1] // "65% adult safeguarding training ... achieved by frontline staff"
	}
	if m := amongLeadRe.Get().FindStringSubmatch(sent); m != nil && measure != "" && n.lo > len(m[0]) && peopleGroup(m[1]) {
		return m[1] // "Among midday supervisors, 54% child protection basics"
	}
	if m := deliveryObjRe.Get().FindStringSubmatch(sent[:n.lo]); m != nil {
		return m[1] // "completed the e-learning on children in custody (93%)"
	}
	return ""
}

// periodOnly reports whether a measure is nothing but a period ("Q4").
func periodOnly(measure string) bool {
	if measure == "" {
		return false
	}
	loc := periodRe.Get().FindStringIndex(measure)
	return loc != nil && loc[0] == 0 && loc[1] == len(measure)
}

// subjectToReach is the subject of "to reach" before a figure, after the
// clause's verb: "Our aim is for Level 3 compliance to reach 90%" gives
// "Level 3 compliance".
func subjectToReach(before string) string {
	loc := toReachRe.Get().FindStringIndex(before)
	if loc == nil {
		return ""
	}
	s := lastClause(before[:loc[0]])
	end := 0
	for _, re := range []*regexp.Regexp{verbRe.Get(), aimRe.Get()} {
		if vs := re.FindAllStringIndex(s, -1); vs != nil && vs[len(vs)-1][1] > end {
			end = vs[len(vs)-1][1] // "We aim for Mental Capacity Act training to be at 90%"
		}
	}
	s = s[end:]
	s = strings.TrimSpace(s)
	for _, w := range []string{"for ", "that ", "to "} {
		s = strings.TrimPrefix(s, w)
	}
	s = clean(leadWordsRe.Get().ReplaceAllString(s+" ", ""))
	if s == "" || pronounRe.Get().MatchString(s) || wordCount(s) > 10 {
		return ""
	}
	return s
}

// prefixHead is a prefix cut before "in the", "of the" or "at": the
// "Detectives" of "Detectives in the Public Protection Unit:".
func prefixHead(prefix string) string {
	p := clean(strings.TrimRight(prefix, " :"))
	if loc := headCutRe.Get().FindStringIndex(p); loc != nil {
		p = p[:loc[0]]
	}
	return p
}

var headCutRe = lazy.Re(`(?i)\s+(?:in|of|at|within|across)\s`)

// leadGroup is the staff group a list's lead names: "Safeguarding training
// for community nurses:" gives "community nurses".
func leadGroup(lead string) string {
	if m := prefixGroupRe.Get().FindStringSubmatch(clean(strings.TrimRight(lead, " :"))); m != nil && staffGroup(m[1]) {
		return m[1]
	}
	return ""
}

// groupWithPlace is the group after "for" with the place it is in: "all
// pupils in the trust", "all learners".
func groupWithPlace(text string) string {
	g := phrase(text, 5)
	rest := strings.TrimPrefix(strings.TrimSpace(text), g)
	if m := placeTailRe.Get().FindString(rest); g != "" && m != "" {
		return g + strings.TrimRight(m, " .,;)")
	}
	return g
}

// placeTailRe is the place after a group: " in the trust", " across the
// county".
var placeTailRe = lazy.Re(`(?i)^\s+(?:in|across|within)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:[.,;)]|$)`)
