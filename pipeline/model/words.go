package model

import "strings"

// The words for where an expected agency stands and what became of a
// file, the same in the run summary, status, the review page and the
// README, so the business manager never reads two words for one thing.
const (
	WordReceived       = "received"        // a usable statement is in the draft
	WordNeedsAttention = "needs attention" // something must be done before it is usable or publishable
	WordMissing        = "missing"         // nothing has arrived (optional agencies are never missing)
	WordSuperseded     = "superseded"      // a later version of the file is used
	WordRejected       = "rejected"        // the file could not be used; the reason says what to do
)

// Capitalised is a word as a heading starts it ("Needs attention").
func Capitalised(word string) string {
	if word == "" {
		return word
	}
	return strings.ToUpper(word[:1]) + word[1:]
}
