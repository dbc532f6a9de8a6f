package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

var (
	// verbRe is a verb that ends a sentence's subject ("Level 2 compliance
	// is 85%", "Exclusions ... dropped from 27 to 8").
	verbRe = lazy.Re(`(?i)\b(?:is|are|was|were|has|have|had|found|finds|shows?|showed|know|knew|felt|said|reported|rose|risen|fell|fallen|reduced|increased|decreased|dropped|improved|reached|remains?|remained|stands?|stood|went|grew|achieved|made|carried|received|raised|handled|took|saw|spent|invested|employs|supervises|runs|led|live|lived|completed|attended|need|needs|should|will|must)\b`)
	// stopRe ends a noun phrase after a number.
	stopRe = lazy.Re(`(?i)^(?:for|among|amongst|by|in|during|at|against|between|within|from|to|since|across|who|whom|which|that|where|when|compared|and|or|but|expected|than|as|about|were|was|is|are|have|has|had|need|needs|should|will|must|led|this|last|over|under|before|after|per|each|rose|fell|took|completed|it|they|them)$`)
	// leadWordsRe are words at the start of a label that name no measure.
	leadWordsRe = lazy.Re(`(?i)^(?:(?:of|the|a|an|and|but|while|whilst|in|overall|our|its|their|this|these|with|raise|increase|reduce|improve|maintain|achieve|reach|(?:total|number|proportion|percentage|rate)\s+of|targets?\s+(?:for|of)|aim(?:ing|s)?\s+(?:for|at)|reaching|achieving)\s+)+`)
	// tailWordsRe are words at the end of a label that name nothing.
	tailWordsRe = lazy.Re(`(?i)(?:\s+(?:to|of|at|by|the|a|an|from|for|with|on|in|below|under|above))+$`)
	// pronounRe starts a clause whose subject names no measure.
	pronounRe = lazy.Re(`(?i)^(?:we|our|it|they|this|there|these|us|i|all|which|of which|compared|against|up|down|than|target|targets|including|includes)\b`)
	// figuresWordRe ends a label that names only "the figures" ("For call
	// handlers the figures are 65% ..."): the words after the figure say it.
	figuresWordRe = lazy.Re(`(?i)\b(?:the\s+)?(?:figures?|rates?|results?|numbers?|totals?)$`)
	// deliveryRe is how training was delivered, a figure's group.
	deliveryRe = lazy.Re(`(?i)\b(?:e-?\s?learning|online|classroom|face[-\s]to[-\s]face|virtual|in[-\s]person|workshops?|webinars?)\b`)
	// ofGroupRe is "of staff have completed": the group a percentage is of.
	ofGroupRe = lazy.Re(`(?i)^\s*of\s+(?:the\s+|our\s+|all\s+)?((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:have|has|had|were|was|are|is|need|needs|to|should|will|must|who|completed|complete|attended)\b`)
	// completeRe introduces what was completed: "completed Level 3 training".
	completeRe = lazy.Re(`(?i)\b(?:completed|completes|complete|attended|attend|undertaken|undertake|undertook|received|receive|accessed|access)\s+(?:the\s+|their\s+|a\s+)?`)
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
	// reachBeforeRe ends the text before a percentage that the words after
	// it name: "is expected to reach 90% Level 3 compliance".
	reachBeforeRe = lazy.Re(`(?i)\b(?:reach(?:ing)?|achiev(?:e|ing)|hit(?:ting)?|maintain(?:ing)?|attain|exceed|meet|get\s+to|to\s+be(?:\s+at)?)\s*$`)
	// amongLeadRe opens a sentence with the staff group its figures are of:
	// "Among midday supervisors, ...", "For call handlers the figures are".
	amongLeadRe = lazy.Re(`(?i)^\s*(?:among|amongst|for)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?:,|\s+(?:the\s+)?(?:figures?|rates?|results?|numbers?)\b)`)
	// sepBeforeRe ends a label set off from its figure by a colon or a
	// dash: "Court skills – 48 staff".
	sepBeforeRe = lazy.Re(`(?:\S:|\s[-–—])\s*$`)
	// passiveForRe ends "X were completed for" before a count of whom X
	// was done for, or "concerns were raised about" before whom they were
	// raised about: X is the measure either way.
	// A time allowed or an adverb may come between: "were completed within 20
	// working days for just" (figure_round25_test.go).
	passiveForRe = lazy.Re(`(?i)\b(?:was|were|is|are|have\s+been|has\s+been)\s+(?:completed|carried\s+out|done|offered|given|provided|undertaken|raised|logged|recorded|reported|made|received|sought|requested)(?:\s+(?:within|in|inside|under|by)\s+[^,;:()%]{1,40}?)?\s+(?:for|to|with|about|regarding|on)(?:\s+(?:just|only|almost|nearly|over|about|around|some))?\s*$`)
	// aimEndRe ends a label that is only who aims: "service aims".
	aimEndRe = lazy.Re(`(?i)\b(?:aims|aiming|wants|expects|intends|hopes)$`)
	// bareRateRe is a measure that says how, not what: "compliance".
	bareRateRe = lazy.Re(`(?i)^(?:with\s+)?(?:compliance|completion|completed|complete)?(?:\s+rate)?$`)
)

// clauseLabel is the text naming a figure that comes before it in its
// clause, cut at the clause's verb and stripped of words that name
// nothing: "Training (PREVENT)", "Attendance of students on a plan".
func clauseLabel(before string) string {
	if k := lastClauseMark(before); k >= 0 {
		before = before[k+1:]
	}
	if t := strings.TrimSpace(before); t == "and" || strings.HasSuffix(t, " and") {
		return "" // "54% child protection basics and 38% first aid": the words after name it
	}
	if k := strings.LastIndex(before, " and "); k >= 0 && strings.Count(before[k:], " ") <= 6 && !closesParen(before[k:]) && andAfterFigure(before[:k]) {
		before = before[k+5:]
	}
	if locs := verbsOutsideBrackets(before); locs != nil {
		last := locs[len(locs)-1]
		if obj := strings.TrimSpace(before[last[1]:]); strings.HasSuffix(obj, " at") && wordCount(obj) >= 2 {
			before = strings.TrimSuffix(obj, " at") // "returns show Level 3 safeguarding children at 78%"
		} else {
			// the last verb is the clause's own: "Children reported missing
			// three or more times fell to 64", "Parents who said the hub
			// helped them rose to 88%"
			before = before[:last[0]]
		}
	}
	label := trimTrailingVerbs(clean(strings.Trim(before, " -–—:(")))
	label = ownedLabel(label) // "Our rate of re-referral was 14%"
	if label == "" || pronounRe.Get().MatchString(label) || wordCount(label) > 24 || figuresWordRe.Get().MatchString(label) && !placeFigureLabel(label) {
		return "" // "the figures are 65%" names nothing; "the England rate was 52%" names a comparator
	}
	label = clean(leadWordsRe.Get().ReplaceAllString(label+" ", "")) // "with" alone names nothing
	label = clean(tailWordsRe.Get().ReplaceAllString(label, ""))
	if pronounRe.Get().MatchString(label) || aimEndRe.Get().MatchString(label) {
		return "" // "with a target of 100% returns", "the service aims for 100%": they name nothing
	}
	if wordCount(label) == 1 && strings.HasSuffix(strings.ToLower(label), "ly") {
		return "" // "currently 81% have done so": an adverb names nothing
	}
	return label
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
	if f := strings.Fields(after); len(f) > 2 && auxiliary(f[0]) && aboutWord(f[1]) {
		after = strings.Join(f[1:], " ") // "39% were about neglect" reads as "39% about neglect"
	}
	if w := strings.ToLower(firstWord(after)); sayVerbs[w] || participle(w) && !stopRe.Get().MatchString(w) || pastVerbRe.Get().MatchString(w) {
		return firstWords(cutSentence(after), 10), "" // "90% said they knew who to talk to", "81% took up the offer"
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

// subject is the subject of the last verb of sent (the text before a
// count), when it names a measure ("The number of households in temporary
// accommodation", "Children reported missing three or more times").
func subject(sent string) string {
	locs := verbRe.Get().FindAllStringIndex(sent, -1)
	if locs == nil {
		return ""
	}
	s := clean(strings.Trim(sent[:locs[len(locs)-1][0]], " ,;:"))
	if s == "" || pronounRe.Get().MatchString(s) || wordCount(s) > 14 || strings.ContainsAny(periodRe.Get().ReplaceAllString(s, ""), "0123456789") {
		return "" // a subject holding a figure is not a label
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
	"whom": true, "which": true, "them": true, "these": true, "those": true, "the": true, "figure": true, "rate": true,
	"up": true, "consists": true, "consisting": true, "composed": true, "comprised": true} // "made up of", "consists of": the whole is the subject, the count names itself

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

// closesParen reports whether s closes a bracket it did not open: the
// " and " of "Training (Hoarding and Self-Neglect)" is inside a label.
func closesParen(s string) bool {
	return strings.Contains(s, ")") && (!strings.Contains(s, "(") || strings.Index(s, ")") < strings.Index(s, "("))
}

// colonHeading is the label a figure takes from the words before the colon
// it follows, read as a heading (its verbs are in a relative clause, not
// the clause's own): "Young people who said they felt safer: 78%".
func colonHeading(before string) string {
	if k := lastClauseMark(before); k >= 0 {
		before = before[k+1:]
	}
	label := clean(strings.Trim(before, " -–—:("))
	if len(figureNumbers(label, periods(label))) > 0 && !levelRe.Get().MatchString(label) && !periodOnly(label) {
		return "" // "Crews raised 1,372 referrals: 803 for adults": the words after name it
	}
	if wordCount(label) > 14 {
		label = headingThing(label) // "Families ... in bed and breakfast for longer than the limit of 6 weeks:" (figure_longheading.go)
	}
	if label == "" || pronounRe.Get().MatchString(label) || targetHeading(label) {
		return ""
	}
	return clean(leadWordsRe.Get().ReplaceAllString(label+" ", ""))
}

// sayVerbs start what a share of people said or did: "90% said they knew
// who to talk to".
var sayVerbs = map[string]bool{"said": true, "say": true, "says": true, "reported": true, "report": true, "felt": true,
	"feel": true, "told": true, "agreed": true, "agree": true, "rated": true, "knew": true, "know": true, "stated": true,
	"described": true, "thought": true, "believed": true, "responded": true}

// verbsOutsideBrackets are the verbs of s not inside brackets: the "Needs"
// of "Training (Speech and Language Needs)" is a name.
func verbsOutsideBrackets(s string) [][]int {
	var out [][]int
	for _, loc := range verbRe.Get().FindAllStringIndex(s, -1) {
		if !inParens(s, loc[0]) {
			out = append(out, loc)
		}
	}
	return out
}

// plainOfGroup is the "of new adult clients" after a percentage when it
// names only whom the share is of (no verb follows in its clause), or "".
func plainOfGroup(after string) string {
	if ofGroupRe.Get().MatchString(after) {
		return ""
	}
	words := strings.Fields(cutSentence(after))
	if len(words) < 2 || !strings.EqualFold(words[0], "of") {
		return ""
	}
	for _, w := range words[1:] {
		lw := strings.ToLower(w)
		if verbRe.Get().MatchString(w) || participle(lw) || sayVerbs[lw] || numberWord(w) || stopRe.Get().MatchString(w) && lw != "the" {
			return ""
		}
	}
	return clean(strings.Join(words[1:], " "))
}

// trimTrailingVerbs drops the auxiliary a label ends with once cut at its
// last verb: "Hidden harm screening was" (completed ...).
func trimTrailingVerbs(label string) string {
	f := strings.Fields(label)
	if len(f) > 1 {
		switch strings.ToLower(f[len(f)-1]) {
		case "was", "were", "is", "are", "has", "have", "had", "been", "numbered", "totalled", "totaled":
			return strings.Join(f[:len(f)-1], " ")
		}
	}
	return label
}

// andAfterFigure reports whether the " and " after s joins two figures'
// labels ("Training (X) 84% and Training (Y) 69%"), not the words of one
// ("stay and play 1,140").
func andAfterFigure(s string) bool {
	return strings.TrimSpace(s) == "" || strings.ContainsAny(s, "0123456789") || verbRe.Get().MatchString(s)
}

// objectBefore is the object of the last verb of before's clause, when
// the figure follows it in brackets: "Staff completed Level 1 safeguarding
// training (100%)" gives "Level 1 safeguarding training".
func objectBefore(before string) string {
	c := lastClause(before)
	locs := verbsOutsideBrackets(c)
	if locs == nil {
		return ""
	}
	obj := clean(leadWordsRe.Get().ReplaceAllString(c[locs[len(locs)-1][1]:]+" ", ""))
	if obj == "" || wordCount(obj) > 10 || pronounRe.Get().MatchString(obj) {
		return ""
	}
	return obj
}

// aboutWord is a preposition that, after "were", says what a share of a
// count was about: "39% were about neglect", "12% were for adults".
func aboutWord(w string) bool {
	switch strings.ToLower(w) {
	case "about", "for", "concerning", "regarding", "of":
		return true
	}
	return false
}

// pastVerbRe is an irregular past verb that opens what a share did: "81%
// took up the offer", "12% went on to an assessment", "40% got a place".
var pastVerbRe = lazy.Re(`(?i)^(?:took|went|came|got|gave|made|found|saw|kept|left|met|won|lost|ran|began|became|chose|sought|spent|brought|held|felt|knew|told|thought|grew)$`)
