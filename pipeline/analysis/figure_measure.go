package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// verbRe is a verb that ends a sentence's subject ("Level 2 compliance
	// is 85%", "Exclusions ... dropped from 27 to 8").
	verbRe = lazy.Re(`(?i)\b(?:is|are|was|were|has|have|had|found|finds|shows?|showed|know|knew|felt|said|reported|rose|risen|fell|fallen|reduced|increased|decreased|dropped|improved|reached|remains?|remained|stands?|stood|went|grew|achieved|made|carried|received|raised|handled|took|saw|spent|invested|employs|supervises|runs|led|live|lived|completed|attended|need|needs|should|will|must)\b`)
	// stopRe ends a noun phrase after a number.
	stopRe = lazy.Re(`(?i)^(?:for|among|amongst|by|in|during|at|against|between|within|from|to|since|across|who|whom|which|that|where|when|compared|and|or|but|expected|than|as|about|were|was|is|are|have|has|had|need|needs|should|will|must|led|this|last|over|under|before|after|per|each|rose|fell|took|completed|it|they|them)$`)
	// leadWordsRe are words at the start of a label that name no measure.
	leadWordsRe = lazy.Re(`(?i)^(?:(?:of|the|a|an|and|but|while|whilst|in|overall|our|its|their|this|these|with|raise|increase|reduce|improve|maintain|achieve|reach|(?:total|number|proportion|percentage|rate)\s+of)\s+)+`)
	// tailWordsRe are words at the end of a label that name nothing.
	tailWordsRe = lazy.Re(`(?i)(?:\s+(?:to|of|at|by|the|a|an|from|for|with|on|in))+$`)
	// pronounRe starts a clause whose subject names no measure.
	pronounRe = lazy.Re(`(?i)^(?:we|our|it|they|this|there|these|us|i|all|which|of which|compared|against|up|down|than|target|targets)\b`)
	// deliveryRe is how training was delivered, a figure's group.
	deliveryRe = lazy.Re(`(?i)\b(?:e-?\s?learning|online|classroom|face[-\s]to[-\s]face|virtual|in[-\s]person|workshops?|webinars?)\b`)
	// ofGroupRe is "of staff have completed": the group a percentage is of.
	ofGroupRe = lazy.Re(`(?i)^\s*of\s+(?:the\s+|our\s+|all\s+)?((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:have|has|had|were|was|are|is|need|needs|to|should|will|must|who|completed|attended)\b`)
	// completeRe introduces what was completed: "completed Level 3 training".
	completeRe = lazy.Re(`(?i)\b(?:completed|complete|attended|attend|undertaken|undertake|undertook|received|receive|accessed|access)\s+(?:the\s+|their\s+|a\s+)?`)
	// genericRe are nouns that name no measure of their own ("11 cases").
	genericRe   = lazy.Re(`(?i)^(?:cases?|times|occasions|instances|in total|overall|of them)$`)
	amongRe     = lazy.Re(`(?i)\s+(?:among|amongst|for)\s+(.+)$`)
	amongOnlyRe = lazy.Re(`(?i)\s+(?:among|amongst)\s+(.+)$`)
	ofAfterRe   = lazy.Re(`(?i)^\s*of\s`)
	// ofNounRe ends "a caseload of" before a count.
	ofNounRe = lazy.Re(`(?i)\b([a-z]+)\s+of\s*$`)
	// ofThemRe starts "of them within 14 days", "of whom were in care".
	forAfterRe = lazy.Re(`(?i)^\s+(?:for|among|amongst)\s+(?:the\s+|our\s+|all\s+)?`)
	ofThemRe   = lazy.Re(`(?i)^\s*of\s+(?:them|whom|which|these|those)\b`)
	// parenAfterRe is a short group in brackets right after a count.
	parenAfterRe = lazy.Re(`^\s*\(([^()\d]{1,30})\)`)
	parenLabelR  = lazy.Re(`\s*\(([^()]*)\)\s*$`)
)

// measureAt names what the figure at n counts or measures, and its group.
// prefix is the text the figure's list or sentence hangs from ("Safeguarding
// training:"); prev the measure of the figure before it in the sentence.
func measureAt(sent string, n numberAt, prefix, prev string) (measure, group string) {
	before := strings.TrimRight(sent[:n.lo], " :-–—(")
	label := clauseLabel(before)
	after := sent[n.hi:]
	if n.unit == model.UnitPercent && ofAfterRe.Get().MatchString(after) {
		if m, g := percentAfter(after); m != "" {
			return m, g // "91% of learners know who to speak to"
		}
	}
	if m := parenAfterRe.Get().FindStringSubmatch(after); m != nil && n.unit == model.UnitCount && prefix != "" {
		return clean(leadWordsRe.Get().ReplaceAllString(prefix, "")), m[1] // "supervision this year: 188 (group), 64 (one to one)"
	}
	if n.unit == model.UnitCount || n.unit == model.UnitMoney {
		if m, g, ok := countMeasure(sent, n, after, prev); ok {
			if label != "" && strings.HasSuffix(strings.TrimSpace(sent[:n.lo]), ":") {
				return label, m // "Designated Safeguarding Lead refresher: 12 staff"
			}
			return m, g
		}
	}
	if n.unit == model.UnitPercent && prev != "" && strings.HasSuffix(strings.TrimSpace(sent[:n.lo]), "(") && strings.ContainsAny(label, "0123456789") {
		return prev, "" // "2,310 of 2,600 mothers (89%)": the share of the count before it
	}
	if label != "" && n.unit == model.UnitCount && prefix != "" && strings.HasSuffix(strings.TrimSpace(sent[:n.lo]), "(") && !strings.ContainsAny(label, "0123456789") {
		return clean(strings.TrimRight(prefix, " :")), label // "Lead professionals: schools (212), health (96)"
	}
	if label != "" {
		m, g := withPrefix(label, prefix)
		if loc := forAfterRe.Get().FindStringIndex(after); g == "" && n.unit == model.UnitPercent && loc != nil {
			g = phrase(after[loc[1]:], 5) // "45 per cent for sessional workers"
		}
		return m, g
	}
	if comparative(before) && prev != "" {
		return prev, "" // "fell to 28%, against 35% a year earlier"
	}
	if n.unit == model.UnitPercent {
		if m, g := percentAfter(after); m != "" {
			return m, g
		}
	}
	return "", ""
}

// clauseLabel is the text naming a figure that comes before it in its
// clause, cut at the clause's verb and stripped of words that name
// nothing: "Training (PREVENT)", "Attendance of students on a plan".
func clauseLabel(before string) string {
	if k := lastClauseMark(before); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.LastIndex(before, " and "); k >= 0 && strings.Count(before[k:], " ") <= 6 {
		before = before[k+5:]
	}
	if loc := verbRe.Get().FindStringIndex(before); loc != nil {
		before = before[:loc[0]]
	}
	label := clean(strings.Trim(before, " -–—:("))
	if label == "" || pronounRe.Get().MatchString(label) || wordCount(label) > 14 {
		return ""
	}
	label = clean(leadWordsRe.Get().ReplaceAllString(label, ""))
	label = clean(tailWordsRe.Get().ReplaceAllString(label, ""))
	if pronounRe.Get().MatchString(label) {
		return "" // "with a target of 100% returns": the target names nothing
	}
	return label
}

// withPrefix decides measure and group from a label and the text its
// figure hangs from: the delivery the prefix names is the group ("E-learning
// compliance: adult safeguarding (88%)"); a prefix naming training over a
// label that does not makes the label the group ("Safeguarding training:
// Housing Officers 93%"); else the label's own delivery in brackets is.
func withPrefix(label, prefix string) (string, string) {
	prefix = clean(strings.TrimRight(prefix, " :-–—"))
	if d := deliveryRe.Get().FindString(prefix); d != "" && wordCount(prefix) <= 14 {
		return label, d
	}
	if prefix != "" && wordCount(prefix) <= 14 && mentionsTraining(prefix) && !mentionsTraining(label) {
		return prefix, label
	}
	if m := parenLabelR.Get().FindStringSubmatch(label); m != nil && deliveryRe.Get().MatchString(m[1]) {
		return clean(label[:len(label)-len(m[0])]), m[1]
	}
	if m := amongOnlyRe.Get().FindStringSubmatch(label); m != nil {
		return clean(label[:len(label)-len(m[0])]), m[1]
	}
	return label, ""
}

// percentAfter reads "65% adult safeguarding training", "81% online
// safety training for tutors", "92% of staff have completed Level 3
// training".
func percentAfter(after string) (measure, group string) {
	if ofAfterRe.Get().MatchString(after) {
		m := ofGroupRe.Get().FindStringSubmatch(after)
		if loc := completeRe.Get().FindStringIndex(after); m != nil && loc != nil {
			return phrase(after[loc[1]:], 8), m[1]
		}
		return firstWords(strings.TrimSpace(ofAfterRe.Get().ReplaceAllString(cutSentence(after), "")), 12), ""
	}
	measure = phrase(after, 8)
	if measure == "" {
		measure = phrase(skipLeading(after), 8) // "95% for the Child Safeguarding Practice course"
	}
	if strings.EqualFold(firstWord(measure), "compliance") || strings.EqualFold(firstWord(measure), "completion") {
		if rest := strings.TrimSpace(after); len(rest) > 0 {
			if loc := completeRe.Get().FindStringIndex(rest); loc == nil {
				measure = phraseWith(rest, 10)
			}
		}
	}
	if m := amongRe.Get().FindStringSubmatch(cutSentence(after)); m != nil && measure != "" {
		group = phrase(m[1], 5)
	}
	return measure, group
}

// countMeasure reads the thing a count counts from the words after it
// ("2,315 referrals", "418 were strategy discussions", "£18,500 on the
// counselling service"), a part of the count before it ("(4 upheld; 5
// rejected)"), or the sentence's subject when the count names nothing
// ("fell to 23", "to 11 cases").
func countMeasure(sent string, n numberAt, after, prev string) (string, string, bool) {
	m := countPhrase(after)
	if inParens(sent, n.lo) {
		m = predicate(strings.Fields(skipLeading(after)), 6) // "(55 under six months; 37 aged ...)"
	}
	if k := ofNounRe.Get().FindStringSubmatch(sent[:n.lo]); k != nil && m != "" && !plainOf[strings.ToLower(k[1])] {
		m = k[1] + " of " + m // "a caseload of 1,960 children"
	}
	if m != "" && !genericRe.Get().MatchString(m) && !pronounRe.Get().MatchString(m) {
		if inParens(sent, n.lo) && prev != "" {
			return m, prev, true
		}
		return m, "", true
	}
	if subj := subject(sent); subj != "" {
		return subj, "", true
	}
	return "", "", false
}

// countPhrase is what the words after a count say it counts: a noun
// phrase ("2,315 referrals during ..."), or, when a verb or participle
// follows, the predicate ("29 of whom were in care", "96 were reviewed by
// a manager", "12 referred to CAMHS").
func countPhrase(after string) string {
	if m := ofThemRe.Get().FindStringIndex(after); m != nil {
		words := strings.Fields(cutSentence(after[m[1]:]))
		for len(words) > 0 && verbRe.Get().MatchString(words[0]) {
			words = words[1:]
		}
		return predicate(words, 6) // "2,870 of them within 14 days"
	}
	words := strings.Fields(cutSentence(after))
	for len(words) > 0 && (skipWord(words[0]) || strings.EqualFold(words[0], "whom") || strings.EqualFold(words[0], "which")) {
		words = words[1:]
	}
	if len(words) > 0 && (verbRe.Get().MatchString(words[0]) || participle(words[0])) {
		if verbRe.Get().MatchString(words[0]) {
			words = words[1:]
		}
		return predicate(words, 6)
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
	for _, w := range words {
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
	case "to", "into", "a", "an", "the", "as", "on", "for", "in", "part", "of", "from", "additional":
		return w != "additional"
	}
	return false
}

// subject is the sentence's subject before its verb, when it names a
// measure ("The number of households in temporary accommodation").
func subject(sent string) string {
	loc := verbRe.Get().FindStringIndex(sent)
	if loc == nil {
		return ""
	}
	s := clean(strings.Trim(sent[:loc[0]], " ,;:"))
	if s == "" || pronounRe.Get().MatchString(s) || wordCount(s) > 14 {
		return ""
	}
	return clean(leadWordsRe.Get().ReplaceAllString(s, ""))
}

// phrase takes up to max words of text before a stop word or punctuation.
func phrase(text string, max int) string {
	var out []string
	for _, w := range strings.Fields(cutSentence(text)) {
		if stopRe.Get().MatchString(w) || len(out) == max || strings.HasSuffix(w, "%") {
			break
		}
		out = append(out, w)
	}
	return strings.Trim(strings.Join(out, " "), " -–—'\"")
}

// phraseWith is phrase letting "with" and "of" through: "compliance with
// Level 3 safeguarding training".
func phraseWith(text string, max int) string {
	var out []string
	for _, w := range strings.Fields(cutSentence(text)) {
		lw := strings.ToLower(w)
		if len(out) == max || lw != "with" && lw != "of" && stopRe.Get().MatchString(w) {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// cutSentence ends text at the first punctuation mark that ends a phrase.
func cutSentence(text string) string {
	if k := strings.IndexAny(text, ",.;:()"); k >= 0 {
		return text[:k]
	}
	return text
}

func comparative(before string) bool {
	b := strings.ToLower(strings.TrimSpace(before))
	for _, w := range []string{"compared with", "compared to", "against", "than", "up from", "down from", "from"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

func inParens(sent string, pos int) bool {
	return strings.LastIndex(sent[:pos], "(") > strings.LastIndex(sent[:pos], ")")
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// skipLeading drops the prepositions and articles text starts with.
func skipLeading(text string) string {
	words := strings.Fields(cutSentence(text))
	for len(words) > 0 && skipWord(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// firstWords is text's first n words.
func firstWords(text string, n int) string {
	w := strings.Fields(text)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// plainOf are the words before "of N" that name nothing ("a total of 40",
// "out of 50").
var plainOf = map[string]bool{"total": true, "number": true, "maximum": true, "minimum": true, "average": true,
	"out": true, "one": true, "each": true, "all": true, "any": true, "some": true, "most": true, "group": true,
	"whom": true, "which": true, "them": true, "these": true, "those": true, "the": true, "figure": true, "rate": true}

// numberWord reports whether w is a number, in digits or words up to twenty.
func numberWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:()"))
	if w != "" && strings.Trim(w, "0123456789") == "" {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty":
		return true
	}
	return false
}

// lastClauseMark is the index of the last comma, semicolon or colon of s
// that ends a clause (not the comma inside "2,600"), or -1.
func lastClauseMark(s string) int {
	for k := len(s) - 1; k >= 0; k-- {
		switch s[k] {
		case ';', ':':
			return k
		case ',':
			if k == 0 || k+1 >= len(s) || !isDigit(s[k-1]) || !isDigit(s[k+1]) {
				return k
			}
		}
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
