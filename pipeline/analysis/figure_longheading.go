package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A heading before a colon may be long because it says how long or how
// far its thing went ("Families with children in bed and breakfast for
// longer than the legal limit of 6 weeks: 0 at the year end, against 11
// a year earlier"). Its thing is the heading up to that qualifier
// ("Families with children in bed and breakfast"); the qualifier bounds
// what is counted, and past the heading's length limit it no longer
// drops the heading altogether.

// qualifierRe starts a heading's qualifier of time or degree.
var qualifierRe = lazy.Re(`(?i)\s+(?:for\s+(?:longer|more|over)\s+than|longer\s+than|for\s+over|beyond|in\s+excess\s+of|more\s+than|over\s+the\s+(?:legal|agreed|statutory))\b`)

// headingThing is a long heading cut before its qualifier, or "" when it
// has none or is still long.
func headingThing(label string) string {
	loc := qualifierRe.Get().FindStringIndex(label)
	if loc == nil || wordCount(label[:loc[0]]) < 2 {
		return ""
	}
	head := strings.TrimSpace(label[:loc[0]])
	if wordCount(head) > 14 {
		return ""
	}
	return head
}
