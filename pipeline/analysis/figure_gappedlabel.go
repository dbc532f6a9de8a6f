package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A second count that leaves out its verb and keeps only where it stands
// ("of whom 96 were managed at level 2 and 4 at level 3", "540 were
// closed at stage 1 and 72 at stage 2") counts those at that level: it is
// a count though "level 2 and 4" reads like a list of levels, and the
// words "at level 3" name it.

// gappedLabelAfterRe starts the words after such a count: " at level 3".
var gappedLabelAfterRe = lazy.Re(`(?i)^\s+((?:at|in|on)\s+(?:level|tier|stage|category|grade|band|step)\s*\d+)\s*(?:[,;.)]|$)`)

// gappedLabelBeforeRe ends the words before it: "... 96 were managed at
// level 2 and", ", 39".
var gappedLabelBeforeRe = lazy.Re(`(?i)\d[\d,]*\s+(?:[\w'’-]+\s+){0,4}?(?:at|in|on)\s+(?:level|tier|stage|category|grade|band|step)\s*\d+\s*(?:,|,?\s+and)\s*$`)

// gappedLabelCount reports whether the number between before and after
// is such a count.
func gappedLabelCount(before, after string) bool {
	return gappedLabelBeforeRe.Get().MatchString(before) && gappedLabelAfterRe.Get().MatchString(after)
}

// gappedLabel names such a count by the words after it.
func gappedLabel(c *figureText) (string, string, bool) {
	if !c.count || !gappedLabelCount(c.sent[:c.n.lo], c.after) {
		return "", "", false
	}
	m := gappedLabelAfterRe.Get().FindStringSubmatch(c.after)
	return strings.TrimSpace(m[1]), "", true
}
