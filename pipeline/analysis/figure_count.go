package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// ofOpenRe is the opening of a sentence that names a whole before its
// part: "Of the 57 complaints about ..., 9 were ...".
var ofOpenRe = lazy.Re(`(?i)^\s*of\s+(?:the\s+|all\s+|our\s+|those\s+)?$`)

var (
	// pctBracketRe is a share in brackets right after a count: "104 (88%)".
	pctBracketRe = lazy.Re(`^\s*\(\s*\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)\s*\)`)
	// ofThemOnlyRe is "of them" with nothing after it in its clause.
	ofThemOnlyRe = lazy.Re(`(?i)^\s*of\s+(?:them|these|those)\s*(?:[.,;:]|$)`)
)

// lastWord is the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:()")
}

// ofOpening is what the count of "Of 90 young people who finished the
// programme, 72 ..." counts: its words up to the comma (a relative clause
// included), without a period.
func ofOpening(after string) string {
	p := cutSentence(after)
	if loc := periodRe.Get().FindStringIndex(p); loc != nil {
		p = strings.TrimSuffix(strings.TrimSpace(p[:loc[0]]), " in")
	}
	if wordCount(p) > 10 {
		return countPhrase(after)
	}
	return clean(p)
}

// countMeasure reads the thing a count counts from the words after it
// ("2,315 referrals", "418 were strategy discussions", "£18,500 on the
// counselling service"), a part of the count before it ("(4 upheld; 5
// rejected)"), or the sentence's subject when the count names nothing
// ("fell to 23", "to 11 cases").
func countMeasure(sent string, n numberAt, after, prev string) (string, string, bool) {
	after = pctBracketRe.Get().ReplaceAllString(after, "") // "104 (88%) were made within 24 hours"
	m := countPhrase(after)
	if rateUnitRe.Get().MatchString(after) {
		m = "" // "an average of 27 a day": "a day" is how often, not what
		if prev != "" && averageOfRe.Get().MatchString(sent[:n.lo]) {
			return prev, "average", true // "5,200 calls, an average of 14 a day": the average of the count before
		}
	}
	if ofOpenRe.Get().MatchString(sent[:n.lo]) {
		m = ofOpening(after) // "Of 90 young people who finished the programme, 72 ..."
	}
	if inParens(sent, n.lo) {
		m = predicate(strings.Fields(skipLeading(after)), 6) // "(55 under six months; 37 aged ...)"
	}
	if w := firstWord(m); peopleNounRe.Get().MatchString(w) {
		b := beforeApprox(sent[:n.lo])
		if k := ofNounRe.Get().FindStringSubmatch(b); k != nil && !plainOf[strings.ToLower(k[1])] {
			return ofNounPhrase(b, k[1]) + " of " + w, "", true // "a registered population of approximately 296,500 people through 41 practices"
		}
	}
	if k := ofNounRe.Get().FindStringSubmatch(sent[:n.lo]); k != nil && !plainOf[strings.ToLower(k[1])] {
		if m == "" {
			return ofNounPhrase(sent[:n.lo], k[1]), "", true // "serving a population of 612,000", "a registered population of 301,500"
		}
		m = k[1] + " of " + m // "a caseload of 1,960 children"
	}
	if m == "" && ofThemOnlyRe.Get().MatchString(after) {
		if w := lastWord(sent[:n.lo]); prev != "" && (verbRe.Get().MatchString(w) || participle(w)) {
			return w, prev, true // "received 2,904 referrals and accepted 1,877 of them"
		}
		if c := clauseAt(sent[:n.lo]); c != "" {
			return c, prev, true // "and children were present at 2,318 of them"
		}
	}
	if m != "" && !genericRe.Get().MatchString(m) && !pronounRe.Get().MatchString(m) {
		if inParens(sent, n.lo) && prev != "" || ofThemRe.Get().MatchString(after) && prev != "" {
			return m, prev, true // "(4 upheld; ...)", "1,150 of these went on to ...": a part of the count before
		}
		return m, "", true
	}
	if m := ellipsisRe.Get().FindStringSubmatch(sent[:n.lo]); m != nil && !verbRe.Get().MatchString(m[1]) && !strings.ContainsAny(m[1], "0123456789") {
		return clean(m[1]), "", true // "exclusions fell to 11, and fixed-term exclusions to 402"
	}
	if obj, verb := antecedent(sent[:n.lo], after); obj != "" {
		return obj, verb, true // "took part in the peer mentoring scheme and 47 completed it"
	}
	if strings.EqualFold(strings.TrimSuffix(m, "s"), "case") && !changeToRe.Get().MatchString(sent[:n.lo]) && !pronounRe.Get().MatchString(m) {
		return m, "", true // "workers held 290 cases", not "fell to 11 cases"
	}
	if subj := subject(sent[:n.lo]); subj != "" {
		return subj, "", true
	}
	return "", "", false
}

// ellipsisRe ends a clause that leaves out its verb: "and fixed-term
// exclusions to 402".
var ellipsisRe = lazy.Re(`(?i)\band\s+([^,;]{3,60}?)\s+to\s*$`)

// changeToRe ends the text before a count that a change or a comparison
// leads to, whose generic noun ("to 11 cases") names nothing.
var changeToRe = lazy.Re(`(?i)\b(?:to|from|at|by|than|of|against|with)\s*$`)

// clauseAtRe ends the text before "2,318 of them" with the clause that
// says what they are: "and children were present at".
var clauseAtRe = lazy.Re(`(?i)(?:\band|,|;)\s+([^,;]{3,60}?)\s+(?:at|in|for|on|with)\s*$`)

// clauseAt is the clause before "at 2,318 of them", or "".
func clauseAt(before string) string {
	m := clauseAtRe.Get().FindStringSubmatch(before)
	if m == nil || strings.ContainsAny(m[1], "0123456789") || wordCount(m[1]) > 8 {
		return ""
	}
	return clean(m[1])
}

// countPhrase is what the words after a count say it counts: a noun
// phrase ("2,315 referrals during ..."), or, when a verb or participle
// follows, the predicate ("29 of whom were in care", "96 were reviewed by
// a manager", "12 referred to CAMHS").
func countPhrase(after string) string {
	if m := ofThemRe.Get().FindStringIndex(after); m != nil {
		words := strings.Fields(cutSentence(pctBracketRe.Get().ReplaceAllString(after[m[1]:], ""))) // "1,150 of these (19%) went on to ..."
		for len(words) > 0 && auxiliary(words[0]) {
			words = words[1:] // "are on a plan" is "on a plan"; "went on to ..." keeps its verb
		}
		return predicate(words, 10) // "2,870 of them within 14 days", "132 of them are on a child in need or child protection plan"
	}
	words := strings.Fields(cutSentence(after))
	if len(words) >= 2 && (strings.EqualFold(words[0], "in") || strings.EqualFold(words[0], "on")) && stateAfter(words[1:]) {
		if rest := countNoun(words[1:], 6); rest != "" {
			return words[0] + " " + rest // "870 in custody", "29 in care"
		}
	}
	if len(words) > 1 && strings.EqualFold(words[0], "with") && !articleOrEnd(words[1]) {
		words = words[1:] // "430 with high needs", not "49 with a plan agreed"
	}
	if len(words) > 1 && strings.EqualFold(words[0], "by") {
		words = words[1:] // "298 by health and 265 by the council"
	}
	for len(words) > 0 && (skipWord(words[0]) || strings.EqualFold(words[0], "whom") || strings.EqualFold(words[0], "which") || strings.EqualFold(words[0], "where")) {
		words = words[1:]
	}
	if itObjectRe.Get().MatchString(after) {
		return "" // "47 completed it": the clause before says what
	}
	if len(words) > 0 && (verbRe.Get().MatchString(words[0]) || participle(words[0])) {
		if auxiliary(words[0]) {
			words = words[1:] // "418 were strategy discussions"; "119 completed within 20 days" keeps its verb
		}
		return predicate(words, 8)
	}
	if len(words) > 0 && numberWord(words[0]) {
		return "" // "96 from 131": another number, not what is counted
	}
	if len(words) > 0 && periodRe.Get().FindStringIndex(strings.Join(words, " ")) != nil && periodRe.Get().FindStringIndex(strings.Join(words, " "))[0] == 0 {
		return "" // "to 450 in Q3 2025": a period, not what is counted
	}
	return countNoun(words, 6)
}

// countNoun is the noun phrase after a count, carried through the words
// that complete it ("allegations against foster carers", "contacts about
// children", "children subject to a plan").
func countNoun(words []string, max int) string {
	var out []string
	for i := 0; i < len(words) && len(out) < max; i++ {
		w := strings.ToLower(words[i])
		switch {
		case (w == "about" || w == "against" || w == "involving" || w == "concerning" || w == "for") && len(out) > 0 && i+1 < len(words) && !stopRe.Get().MatchString(words[i+1]):
		case (w == "under" || w == "over" || w == "aged") && len(out) > 0 && i+1 < len(words) && numberWord(words[i+1]):
		case w == "subject" && i+1 < len(words) && strings.EqualFold(words[i+1], "to"):
			out = append(out, words[i])
			i++
		case w == "who" && len(out) > 0 && shortEnd(words[i+1:], 4):
			return strings.Trim(strings.Join(append(out, words[i:]...), " "), " -–—'\".") // "students who are looked after"
		case nounGoesOn(words, i, out):
		case w == "in" && len(out) > 0 && i+1 < len(words) && strings.EqualFold(strings.Trim(words[i+1], ".,;:"), "need"):
			out = append(out, words[i]) // "child in need plan"
			i++
		case w == "needs" && len(out) > 0 && (i+1 == len(words) || stopRe.Get().MatchString(words[i+1])):
			// "430 with high needs": a noun here, not a verb
		case len(out) > 0 && i+1 < len(words) && haveVerb(w) && !numberWord(words[i+1]):
			return clean(strings.Join(out, " ") + " " + predicate(words[i:], 5)) // "312 students had a welfare plan"
		case len(out) > 0 && passiveAfter(words, i) != "":
			return clean(strings.Join(out, " ") + " " + passiveAfter(words, i)) // "412 children were looked after"
		case stopRe.Get().MatchString(words[i]) || strings.HasSuffix(words[i], "%"):
			return strings.Trim(strings.Join(out, " "), " -–—'\"")
		}
		out = append(out, words[i])
	}
	return strings.Trim(strings.Join(out, " "), " -–—'\"")
}

// predicate takes up to max words up to a conjunction or relative word.
func predicate(words []string, max int) string {
	var out []string
	for i, w := range words {
		if strings.EqualFold(w, "and") && nounGoesOn(words, i, out) {
			out = append(out, w)
			continue
		}
		switch strings.ToLower(w) {
		case "and", "but", "which", "who", "whom", "that", "while", "whilst", "compared", "than", "during", "between":
			return strings.Join(out, " ")
		}
		if len(out) == max {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// participle reports whether w reads as a past participle ("referred",
// "looked", "aged").
func participle(w string) bool {
	w = strings.ToLower(w)
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

func skipWord(w string) bool {
	switch strings.ToLower(w) {
	case "to", "into", "a", "an", "the", "as", "on", "for", "in", "part", "of", "from", "about", "additional":
		return w != "additional"
	}
	return false
}

// haveVerb is a verb that, after a counted noun, says what the count is of
// ("students had a welfare plan", "families received support").
func haveVerb(w string) bool {
	switch w {
	case "had", "have", "has", "received", "attended", "completed", "needed", "required", "showed":
		return true
	}
	return false
}

// ofNounPhrase is the noun before "of N" with the adjective before it, if
// any: "registered population".
func ofNounPhrase(before, noun string) string {
	f := strings.Fields(strings.TrimSuffix(strings.TrimSpace(before), "of"))
	if len(f) >= 2 && strings.EqualFold(f[len(f)-1], noun) {
		if adj := strings.ToLower(f[len(f)-2]); lowerWord(adj) && !articleOrEnd(adj) && !plainOf[adj] && !stopRe.Get().MatchString(adj) && !verbRe.Get().MatchString(adj) {
			return f[len(f)-2] + " " + noun
		}
	}
	return noun
}

// auxiliary reports whether w is a form of "be" or "have", which says
// nothing of what is counted.
func auxiliary(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "has", "have", "had", "be", "been":
		return true
	}
	return false
}

// rateUnitRe starts the words after a count that say how often, not what:
// "a day", "per week", "each month".
var rateUnitRe = lazy.Re(`(?i)^\s*(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|fortnight|shift|night)\b`)

// averageOfRe ends "an average of" before a count.
var averageOfRe = lazy.Re(`(?i)\b(?:an?\s+)?(?:average|mean|median)\s+of\s*$`)
