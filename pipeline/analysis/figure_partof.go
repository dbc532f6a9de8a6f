package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count that is part of a whole named after it ("1,402 of the adult
// referrals", "515 of the year's referrals") is, as the object of its
// clause, a share of that whole that the clause's subject accounts for:
// "Self-neglect lay behind 1,402 of the adult referrals", "Midwives made
// 515 of the year's referrals", "domestic abuse featured in 48 of the
// reviews". The whole is what is counted; the subject is the part, so it
// is the group, as a part in brackets is ("9 were Child Protection
// concerns (4 upheld; ...)"). A clause whose subject is a pronoun ("We
// closed 45 of the open cases") names no part.

var (
	// partOfAfterRe starts the whole after the count: " of the ", " of
	// the year's ", " of our ".
	partOfAfterRe = lazy.Re(`(?i)^\s+of\s+(?:all\s+)?(?:the|our|its|their|those|these)\s+(?:(?:year|service|trust|council|team)['’]s\s+)?`)
	// subjectOpenRe is a clause opening that is no subject: "In", "During".
	subjectOpenRe = lazy.Re(`(?i)^(?:in|during|across|over|for|of|at|by|on|from|with|since|between|after|before)\b`)
	// irregularVerbRe are past verbs that neither verbRe nor an "-ed" ending finds.
	irregularVerbRe = lazy.Re(`(?i)^(?:lay|lie|lies|came|comes|gave|gives|sat|sits|drove|drives|underlay|underlies|accounts|features|makes|brought|bought|caused|was|were)$`)
)

// partOfWhole names a count "N of the X" by X, with the clause's subject
// as its group.
func partOfWhole(c *figureText) (string, string, bool) {
	loc := partOfAfterRe.Get().FindStringIndex(c.after)
	if !c.count || loc == nil {
		return "", "", false
	}
	rest := strings.TrimLeft(c.after[loc[1]:], "0123456789, ") // "212 of the 640 child protection medicals"
	whole := beforeVerb(phrase(rest, 6))                       // "providers" of "providers returned the audit"
	if whole == "" {
		return "", "", false
	}
	subj := clauseSubject(lastClause(c.before))
	if subj == "" {
		return countSubject(strings.TrimPrefix(strings.TrimSpace(rest), whole), whole) // "Only 7 of the 12 providers returned ..."
	}
	return whole, subj, true
}

// countSubject names a count that is itself the subject ("7 of the 12
// providers returned the audit on time") by its predicate, the whole its
// group, or ok false when no verb follows the whole.
func countSubject(pred, whole string) (string, string, bool) {
	w := strings.ToLower(firstWord(pred))
	if w == "" || !(verbRe.Get().MatchString(w) || participle(w) || pastVerbRe.Get().MatchString(w) || irregularParticiples[w]) {
		return "", "", false
	}
	words := strings.Fields(cutSentence(pred))
	for len(words) > 1 && auxiliary(words[0]) {
		words = words[1:]
	}
	if len(words) > 8 {
		words = words[:8]
	}
	return strings.Join(words, " "), whole, true
}

// clauseSubject is the words of a clause before its first verb, when
// they name something: "Self-neglect lay behind" gives "Self-neglect".
func clauseSubject(clause string) string {
	words := strings.Fields(clause)
	for len(words) > 0 && (strings.EqualFold(words[0], "and") || strings.EqualFold(words[0], "while") || strings.EqualFold(words[0], "but")) {
		words = words[1:]
	}
	for i, w := range words {
		if i == 0 || !(verbRe.Get().MatchString(w) || participle(w) || irregularVerbRe.Get().MatchString(w)) {
			continue
		}
		return subjectWords(words[:i])
	}
	for len(words) > 1 && prepRe.Get().MatchString(words[len(words)-1]) {
		words = words[:len(words)-1] // "lay behind", "featured in"
	}
	if len(words) >= 2 && len(words) <= 5 {
		return subjectWords(words[:len(words)-1]) // "GP practices sent": the word before the count is its verb
	}
	return ""
}

// prepRe is a preposition a verb takes before its object.
var prepRe = lazy.Re(`(?i)^(?:in|behind|for|to|at|on|into|from|up|over)$`)

// subjectWords is words as a subject that names something, or "".
func subjectWords(words []string) string {
	s := strings.Join(words, " ")
	if len(words) > 8 || pronounRe.Get().MatchString(s) || subjectOpenRe.Get().MatchString(s) || strings.ContainsAny(s, "0123456789") {
		return ""
	}
	return clean(leadWordsRe.Get().ReplaceAllString(s+" ", ""))
}

// wholeAfterPartRe ends the text before a whole counted after its part:
// "212 of the" (640 child protection medicals).
var wholeAfterPartRe = lazy.Re(`(?i)\d\s+of\s+(?:all\s+)?(?:the|our|its|their)\s*$`)

// wholeAfterPart reports whether the figure after before is the whole of
// the part before it. A comparison later in the sentence ("compared with
// 188 a year earlier") is of the part, so the whole does not become the
// figure it refers to.
func wholeAfterPart(before string) bool {
	return wholeAfterPartRe.Get().MatchString(before)
}

// beforeVerb is a phrase cut before its first verb after the first word.
func beforeVerb(p string) string {
	words := strings.Fields(p)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && (verbRe.Get().MatchString(lw) || participle(lw) || pastVerbRe.Get().MatchString(lw) || irregularParticiples[lw]) {
			return strings.Join(words[:i], " ")
		}
	}
	return p
}

// subjectOfRe ends "were the subject of" before a count: the clause's
// subject is what part of the count is about ("Medication errors were the
// subject of 52 alerts").
var subjectOfRe = lazy.Re(`(?i)\b(?:was|were|is|are)\s+(?:the\s+)?(?:subject|focus|cause|reason|topic|source|basis)\s+of\s*$`)

// subjectOfCount names such a count by its noun, the subject its group.
func subjectOfCount(c *figureText) (string, string, bool) {
	if !c.count || !subjectOfRe.Get().MatchString(c.before+" ") {
		return "", "", false
	}
	subj := clauseSubject(lastClause(c.before))
	noun := phrase(c.after, 6)
	if subj == "" || noun == "" {
		return "", "", false
	}
	return noun, subj, true
}
