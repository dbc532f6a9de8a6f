package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A sum of money measures what it pays for, not the word for money: "at a
// cost of £180,000" is the cost of the alarms the clause fits, "a grant of
// £18,000 paid for advocacy" is advocacy's money, "£95,000 will fund two
// workers" is the workers'. "cost", "grant" and "funding" name nothing a
// board compares; the thing funded does.

var (
	// costBeforeRe ends the text before a sum that is the cost of what the
	// clause before it names: "..., at a cost of", "costing", "which cost".
	costBeforeRe = lazy.Re(`(?i)(?:\bat\s+a\s+(?:total\s+|further\s+)?cost\s+(?:to\s+(?:the\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?of|\bcosting|\bwhich\s+cost|\bat\s+a\s+price\s+of|\b(?:(?:is|was|are|were|has\s+been|have\s+been|will\s+be)\s+)?(?:funded|paid\s+for|financed)\s+(?:with|by|through|from)(?:\s+(?:a|an|the)(?:\s+grant\s+of)?)?)\s*(?:£\s?)?$`)
	// atEachBeforeRe and eachAfterRe are "at £8,000 each", "at £40 a head".
	atEachBeforeRe = lazy.Re(`(?i)\bat\s*(?:£\s?)?$`)
	eachAfterRe    = lazy.Re(`(?i)^\s*(?:each|apiece|a\s+head|per\s+[\w-]+|a\s+(?:place|session|night|week|child|family))\b`)
	// fundsAfterRe starts the words after a sum that say what it paid for:
	// "will fund", "paid for", "extended", "covers", "was spent on"; a
	// word for the money ("grant") or its source ("from the ICB") may come
	// between.
	fundsAfterRe = lazy.Re(`(?i)^\s*(?:(?:grant|budget|funding|contribution|investment|award|allocation|uplift)\s+)?(?:from\s+(?:the\s+)?[\w'’ -]{1,40}?\s+)?(?:(?:has|have|had|was|were|will|would|is|are)\s+(?:be(?:en)?\s+)?)?(?:used\s+to\s+|to\s+)?(?:fund(?:s|ed)?|pa(?:y|ys|id)\s+(?:for|towards)|extend(?:s|ed)?|cover(?:s|ed)?|bought|buys?|provided|provides?|secured|secures?|set\s+up|sets\s+up|spent\s+on|invested\s+in|used\s+(?:for|on)|went\s+(?:on|to(?:wards)?)|allocated\s+to)\s+`)
	// fromForRe is a sum's source and what it is for: " from the Big
	// Lottery Fund for the"; the source is the figure's group.
	fromForRe = lazy.Re(`(?i)^\s*from\s+(?:the\s+)?([^,;.()]{2,50}?)\s+(?:for|towards|to\s+fund|to\s+pay\s+for)\s+`)
	// purposeRe starts the purpose a sum was secured for: "to extend",
	// "for".
	purposeRe = lazy.Re(`(?i)^\s*(?:to\s+[a-z]+|for)\s+`)
	// spendBeforeRe and onAfterRe are "spend £X on", "invested £X in".
	spendBeforeRe = lazy.Re(`(?i)\b(?:spen[dt]s?|spending|invest(?:s|ed|ing)?|commit(?:s|ted)?|allocat(?:e|es|ed)|put|puts)\s*(?:£\s?)?$`)
	onAfterRe     = lazy.Re(`(?i)^\s*(?:(?:a|per)\s+year\s+|each\s+year\s+|annually\s+|over\s+(?:the\s+next\s+)?\w+\s+(?:years?|months?)\s+)?(?:on|in|into|to(?:wards)?)\s+`)
	// nounWordsSkip are the first words of an object that name no thing:
	// articles and number words ("a second", "two more").
	nounWordsSkip = lazy.Re(`(?i)^(?:the|a|an|this|that|these|those|our|its|their|two|three|four|five|six|second|third|further|more|new|additional|extra)$`)
)

// moneyMeasure names a sum of money by what it pays for.
func moneyMeasure(c *figureText) (string, string, bool) {
	if c.n.unit != model.UnitMoney {
		return "", "", false
	}
	if m, g, ok := moneyObject(c); ok {
		return m, g, true // a list spent on, a recipient, an investment after an aside (figure_moneyobject.go)
	}
	if m := fromForRe.Get().FindStringSubmatchIndex(c.after); m != nil && !payVerb(lastWord(c.after[m[2]:m[3]])) {
		if obj := objectNoun(c.after[m[1]:]); obj != "" {
			return obj, clean(c.after[m[2]:m[3]]), true // "£48,500 from the Big Lottery Fund for the young carers project"
		}
	}
	if loc := fundsAfterRe.Get().FindStringIndex(c.after); loc != nil {
		if obj := objectNoun(purposeRe.Get().ReplaceAllString(c.after[loc[1]:], "")); obj != "" {
			return obj, "", true // "A grant of £18,000 paid for advocacy", "secured to extend the service"
		}
	}
	before := c.sent[:c.n.lo]
	if c.prev != "" && atEachBeforeRe.Get().MatchString(before) && eachAfterRe.Get().MatchString(c.after) {
		return c.prev, "", true // "5 holiday activity schemes at £8,000 each": the price of each
	}
	if spendBeforeRe.Get().MatchString(before) {
		if loc := onAfterRe.Get().FindStringIndex(c.after); loc != nil {
			if obj := objectNoun(c.after[loc[1]:]); obj != "" {
				return obj, fundSpending(before), true // "We plan to spend £15,000 on training for foster carers"
			}
		}
	}
	loc := costBeforeRe.Get().FindStringIndex(before)
	if loc == nil {
		return "", "", false
	}
	if c.prev != "" {
		return c.prev, "", true // "fit 250 more homes with telecare alarms ..., at a cost of £180,000"
	}
	if obj := costObject(strings.TrimRight(before[:loc[0]], " ,")); obj != "" {
		return obj, "", true // "The CCG funded a pilot of the IRIS programme ... at a cost of £38,400"
	}
	if thing := costedThing(strings.TrimRight(before[:loc[0]], " ,")); thing != "" {
		return thing, "", true // "The new crisis café opened in May at a cost of £62,500"
	}
	return "", "", false
}

// objectNoun is the noun phrase at the start of text, without the
// articles and number words before it: "two perinatal mental health
// workers" gives "perinatal mental health workers".
func objectNoun(text string) string {
	words := strings.Fields(cutSentence(text))
	for len(words) > 0 && nounWordsSkip.Get().MatchString(words[0]) {
		words = words[1:]
	}
	return countNoun(words, 8) // "transport for young carers", as a count's noun goes on
}

// costedThing is what the clause before a cost names: its subject when a
// verb follows it ("The new crisis café opened in May"), else the last
// noun phrase ("We expect the new electronic referral system").
func costedThing(clause string) string {
	clause = lastClause(clause)
	words := strings.Fields(clause)
	for i, w := range words {
		if i > 0 && (verbRe.Get().MatchString(w) || participle(w)) {
			if s := objectNoun(strings.Join(words[:i], " ")); s != "" && !pronounRe.Get().MatchString(s) {
				return s
			}
			break
		}
	}
	np := ""
	if locs := nounStartRe.Get().FindAllStringIndex(clause, -1); locs != nil {
		np = objectNoun(clause[locs[len(locs)-1][0]:])
	} else if wordCount(clause) <= 6 {
		np = objectNoun(clause) // "This post, funded by a £42,000 grant"
	}
	if np == "" || periodOnly(np) || strings.ContainsAny(np, "0123456789") {
		return ""
	}
	return np
}

// payVerb reports whether w is a verb of paying written in lower case: the
// "pays" of "from the ICB pays for", not the "Fund" of "the Big Lottery
// Fund for".
func payVerb(w string) bool {
	switch w {
	case "pay", "pays", "paid", "fund", "funds", "funded", "cover", "covers", "covered":
		return true
	}
	return false
}
