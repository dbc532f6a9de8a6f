package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// "142 staff (89%) completed the MAPPA e-learning" counts the staff who
// completed a course: the count and its share measure the course, and the
// staff are their group. The words right after the count ("staff") name
// only who; what they completed is the thing a board compares. A share in
// brackets right after a count ("161 (86%)", "58 interventions completed
// (92%)") is the share of that count and measures the same thing.

// staffDidRe is a count's staff group, an optional share in brackets and
// the verb of what they did: " care workers (74%) finished the".
var staffDidRe = lazy.Re(`(?i)^\s*((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:\(\s*\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)\s*\)\s*)?(?:have\s+|has\s+|had\s+)?(?:now\s+|already\s+|all\s+|successfully\s+)?(?:completed|attended|finished|took\s+part\s+in|participated\s+in|took|undertook|passed|did|received|accessed)\s+(?:the\s+|their\s+|a\s+|an\s+)?`)

// peopleToRe is a count of people and what they are to do: " people to
// take up", " families to use" ("We expect 350 people to take up direct
// payments": the measure is what they take up, the people its group).
var peopleToRe = lazy.Re(`(?i)^\s*((?:more\s+|new\s+|additional\s+)?(?:[\w'’-]+\s+)?(?:people|families|children|adults|carers|parents|pupils|students|residents|tenants|households|users|clients|patients|learners|staff|volunteers))\s+to\s+(?:take\s+up|use|receive|complete|attend|join|access|start|finish)\s+(?:the\s+|their\s+|a\s+|an\s+)?`)

// staffCompleted reads "N staff (P%) completed X": measure X, group the
// staff.
func staffCompleted(c *figureText) (string, string, bool) {
	if !c.count {
		return "", "", false
	}
	loc := staffDidRe.Get().FindStringSubmatchIndex(c.after)
	if loc == nil || !staffGroup(c.after[loc[2]:loc[3]]) {
		loc = peopleToRe.Get().FindStringSubmatchIndex(c.after)
	}
	if loc == nil {
		return "", "", false
	}
	obj := courseWords(c.after[loc[1]:])
	if obj == "" {
		return "", "", false
	}
	return obj, clean(c.after[loc[2]:loc[3]]), true
}

// courseWords is the name of what was completed: its words up to the end
// of the clause or a word that starts another phrase, keeping "and" inside
// a name ("the vulnerability and risk course").
func courseWords(text string) string {
	words := strings.Fields(cutSentence(text))
	var out []string
	for i, w := range words {
		lw := strings.ToLower(w)
		label := i > 0 && labelBeforeRe.Get().MatchString(words[i-1]) // "Level 2 children's safeguarding"
		if len(out) == 8 || numberWord(w) && !label || timeWord(lw) || lw != "and" && stopRe.Get().MatchString(w) || lw == "and" && (i+1 == len(words) || stopRe.Get().MatchString(words[i+1]) || numberWord(words[i+1])) {
			break
		}
		out = append(out, w)
	}
	return strings.Trim(strings.Join(out, " "), " -–—'\"")
}

// timeWord starts a time after what was done: "next year", "each month".
func timeWord(w string) bool {
	switch w {
	case "next", "each", "every", "by", "before", "after", "within":
		return true
	}
	return false
}

// bracketShareRe is the text between a count and a share in brackets
// that is its share: " (", " interventions completed (".
var bracketShareRe = lazy.Re(`^[^,;:.()\d]{0,50}\(\s*$`)

// shareOfCountBefore reports whether the percentage at lo is in brackets
// right after the count that ends at countEnd, in its clause.
func shareOfCountBefore(sent string, countEnd, lo int) bool {
	return countEnd >= 0 && countEnd <= lo && bracketShareRe.Get().MatchString(sent[countEnd:lo])
}
