package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

var (
	// subjectVerbRe ends the subject of "Prevent training compliance is 85%".
	subjectVerbRe = lazy.Re(`(?i)\s+(?:have|has|is|are|was|were|stands?|stood|reached|remains?|remained|achieved|at)\b`)
	// completedRe introduces the course of "92% of staff have completed
	// Prevent training".
	completedRe = lazy.Re(`(?i)\b(?:completed|attended|undertaken|undertook|received|accessed)\s+(?:the\s+|their\s+)?`)
)

// notNamed is the course of a figure whose sentence names none.
const notNamed = "training (course not named)"

// sentenceCourse names what a percentage without a level measures: the
// sentence's subject when it comes before the figure and is short ("Prevent,
// and MCA DoLS have reached ... 85%"), or what staff completed when the
// figure comes first ("92% of staff have completed Prevent training").
func sentenceCourse(sent string, pos int) string {
	before := sent[:pos]
	if loc := subjectVerbRe.Get().FindStringIndex(before); loc != nil {
		if subj := clean(strings.Trim(before[:loc[0]], " ,;:-–")); subj != "" && wordCount(subj) <= 8 {
			return subj
		}
	}
	after := sent[pos:]
	if loc := completedRe.Get().FindStringIndex(after); loc != nil {
		rest := after[loc[1]:]
		if k := strings.IndexAny(rest, ".,;:("); k >= 0 {
			rest = rest[:k]
		}
		if w := strings.Fields(rest); len(w) > 0 && len(w) <= 8 {
			return clean(rest)
		}
	}
	return notNamed
}
