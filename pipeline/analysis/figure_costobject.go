package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A cost after a clause whose verb is done to an object is the object's
// cost: "The CCG funded a pilot of the IRIS programme ... at a cost of
// £38,400", "We will extend IRIS to three more practices at a cost of
// £12,000". The subject is who paid (the CCG, "we"), not what the money
// bought, which is what a board compares.

// doneToVerbRe is a verb that takes what the money bought as its object.
var doneToVerbRe = lazy.Re(`(?i)^(?:fund(?:s|ed)?|commission(?:s|ed)?|extend(?:s|ed)?|pilot(?:s|ed)?|launch(?:es|ed)?|introduc(?:e|es|ed)|expand(?:s|ed)?|buy|bought|buys|purchas(?:e|es|ed)|install(?:s|ed)?|deliver(?:s|ed)?|roll(?:s|ed)?|run|ran|runs|set|sets|open(?:s|ed)?|establish(?:es|ed)?|develop(?:s|ed)?|have|has|get|gets|appoint(?:s|ed)?|recruit(?:s|ed)?|employ(?:s|ed)?|hire(?:s|d)?)$`)

// pilotOfRe is the words before the thing piloted: "a pilot of the".
var pilotOfRe = lazy.Re(`(?i)^\s*(?:a|an|the)?\s*(?:pilot|trial|roll-?out|expansion|extension)\s+of\s+`)

// costObject is the object of the last clause's verb done to an object, or
// "" when the clause has none.
func costObject(clause string) string {
	words := strings.Fields(lastClause(clause))
	for i, w := range words {
		if !doneToVerbRe.Get().MatchString(w) || i+1 >= len(words) {
			continue
		}
		rest := strings.Join(words[i+1:], " ")
		if strings.EqualFold(words[i+1], "up") || strings.EqualFold(words[i+1], "out") {
			rest = strings.Join(words[i+2:], " ") // "set up", "rolled out"
		}
		rest = pilotOfRe.Get().ReplaceAllString(rest, "")
		if obj := objectNoun(rest); obj != "" && !pronounRe.Get().MatchString(obj) && !strings.ContainsAny(obj, "0123456789") {
			return obj
		}
		return ""
	}
	return ""
}
