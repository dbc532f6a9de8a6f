package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// The words before a figure's verb are its measure only when they name
// what is measured. Some name who acts or the whole the figure is a part
// of, never the measure: a pronoun or an agency after a time phrase
// ("At the end of March 2024 it", "During 2026 the board"), a subject left
// hanging on its verb ("The Diocese of Wexcombe is" made up of 214
// parishes). Such a label is dropped, so the rules after read the words
// the number quantifies or the object of the verb.
var (
	// timeLeadRe opens a label with a time phrase.
	timeLeadRe = lazy.Re(`(?i)^(?:(?:at|by|from|since|until)\s+the\s+(?:end|start|close|beginning)\s+of\s+(?:the\s+)?[\w\s/-]*?(?:\d{4}(?:[/-]\d{2,4})?|year|season|quarter|term)|(?:(?:during|in|by|over|throughout|since)\s+)?(?:the\s+)?\d{4}(?:[/-]\d{2,4})?|(?:next|this|last|each|every)\s+(?:year|season|quarter|term))\s*,?\s*`)
	// actorRe is a label that names who acts: a pronoun, or "the" and a
	// capitalised name or an agency noun.
	actorRe = lazy.Re(`(?i)^(?:it|they|we|he|she|this|these|the\s+(?:board|trust|service|council|partnership|team|diocese|force|authority|association|agency|icb|department|charity|college|school|practice))$`)
	// hangingVerbRe ends a label on its verb: "The Diocese of Wexcombe is".
	hangingVerbRe = lazy.Re(`(?i)\s(?:is|are|was|were)$`)
	// capitalisedTheRe is "the" and a capitalised name of up to three words.
	capitalisedTheRe = lazy.Re(`^(?:[Tt]he\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$`)
)

// measureLabel is the label as a measure: empty when it names who acts or
// the whole.
func measureLabel(label string) string {
	if actorLabel(label) {
		return ""
	}
	return label
}

// actorLabel reports whether a label names who acts or the whole, not
// what the figure measures.
func actorLabel(label string) bool {
	if hangingVerbRe.Get().MatchString(label) {
		return true
	}
	rest := strings.TrimSpace(timeLeadRe.Get().ReplaceAllString(label, ""))
	if rest == label {
		return false // no time phrase: "The Board" alone may head a heading ("The Board: 12 meetings")
	}
	return rest == "" || actorRe.Get().MatchString(rest) || capitalisedTheRe.Get().MatchString(rest)
}
