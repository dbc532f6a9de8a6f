package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A count whose noun only says the figure counts people ("children",
// "young people") names what is counted by the clause around it:
//
//   - after a change "to" ("Elective home education rose to 318
//     children"): the clause's subject, the people its group;
//   - before a predicate, under a fronted "In the X" ("In the pupil voice
//     survey 4,870 children took part"): the people and the predicate,
//     the X its group.

var (
	// changedToRe ends "rose to" before a count.
	changedToRe = lazy.Re(`(?i)\b(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|reduced|went\s+up|went\s+down|climbed)\s+to\s*$`)
	// frontInRe opens a sentence with the context its counts are of.
	frontInRe = lazy.Re(`(?i)^\s*(?:in|for|across|through)\s+(?:the|our|this\s+year's|last\s+year's)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*,?\s+\d`)
)

// peopleCount reads a count of bare people by its clause.
func peopleCount(c *figureText) (string, string, bool) {
	if !c.count {
		return "", "", false
	}
	noun := peopleNoun(c.after)
	if noun == "" {
		return "", "", false
	}
	if changedToRe.Get().MatchString(c.before) {
		if s := subject(c.before); s != "" && !strings.EqualFold(s, noun) {
			return s, noun, true // "Elective home education rose to 318 children"
		}
	}
	if m := frontInRe.Get().FindStringSubmatchIndex(c.sent); m != nil && m[1]-1 == c.n.lo {
		rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.after), noun))
		if w := strings.ToLower(firstWord(rest)); w != "" && (verbRe.Get().MatchString(w) || pastVerbRe.Get().MatchString(w) || participle(w)) {
			return noun + " " + firstWords(cutSentence(rest), 6), clean(c.sent[m[2]:m[3]]), true // "In the pupil voice survey 4,870 children took part"
		}
	}
	return "", "", false
}

// peopleNoun is the bare noun of people right after a count ("children",
// "young people"), or "".
func peopleNoun(after string) string {
	words := strings.Fields(after)
	for i := 0; i < len(words) && i < 2; i++ {
		w := strings.Trim(words[i], ",;:.()")
		if personNounRe.Get().MatchString(w) {
			return strings.Join(append(append([]string{}, words[:i]...), w), " ")
		}
	}
	return ""
}
