package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A measure that is a list of things joined by commas and a last "and" or
// "or" ("fire-retardant bedding, monitored smoke alarms and other
// specialist equipment", "the conduct of clergy, office holders or other
// church officers") names all of them: the list is one phrase, the object
// of one verb, not the clause. A comma not followed by such a list ends
// the phrase as before.

// coordEndRe is the last item's "and" or "or".
var coordEndRe = lazy.Re(`(?i)\s(?:and|or)\s`)

// coordStopRe opens a comma part that starts a new clause, not an item.
var coordStopRe = lazy.Re(`(?i)^\s*(?:the\s+rest|which|who|whom|where|while|whilst|but|and|although|though|with|up|down|compared|against|including|a\s+rise|a\s+fall|an?\s+(?:increase|decrease)|\d)`)

// coordPhrase is text up to the end of its clause, with a list of items
// after its first comma kept when the list ends in "and" or "or"; max
// bounds each item's words (the last part, two items, twice that).
func coordPhrase(text string, max int) string {
	clause := text
	if k := strings.IndexAny(clause, ".;:()"); k >= 0 {
		clause = clause[:k]
	}
	parts := strings.Split(clause, ",")
	out := parts[0]
	for i := 1; i < len(parts); i++ {
		p := parts[i]
		if coordStopRe.Get().MatchString(p) {
			return parts[0]
		}
		if coordEndRe.Get().MatchString(p) && wordCount(p) <= 2*max {
			return out + "," + cutAtVerb(p) // the last item and the one its "and" joins
		}
		if wordCount(p) > max {
			return parts[0]
		}
		out += "," + p
	}
	return parts[0]
}

// cutAtVerb cuts a last item before a verb that starts a new clause
// ("other church officers were told"): the item is a noun phrase.
func cutAtVerb(p string) string {
	words := strings.Fields(p)
	for i, w := range words {
		if i > 0 && (finiteRe.Get().MatchString(strings.ToLower(w)) || verbRe.Get().MatchString(strings.ToLower(w)) && !strings.HasSuffix(strings.ToLower(w), "ed")) {
			return " " + strings.Join(words[:i], " ")
		}
	}
	return p
}
