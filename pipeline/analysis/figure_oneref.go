package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share that "had one" ("Every club must appoint a Club Welfare
// Officer; at the start of the season 96.2% had one in post", "must have
// a named supervisor; at the year end 93% had one in place") measures the
// thing "one" stands for: the object of the clause before that says what
// each must have or appoint.

var (
	// hadOneAfterRe starts the words after such a share.
	hadOneAfterRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s*(?:had|have|has|now\s+have|now\s+had)\s+one\b`)
	// haveObjectRe finds what each must have: "have a named supervisor",
	// "appoint a Club Welfare Officer".
	haveObjectRe = lazy.Re(`(?i)\b(?:have|has|appoint|name|keep|hold|nominate|identify)\s+(?:a|an)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:\s+(?:before|by|in|at|on|who|which|that|to|for)\b|[,;.]|$)`)
)

// oneRef names a share that "had one" by what the sentence said each must
// have.
func oneRef(c *figureText) (string, string, bool) {
	if !c.percent || !hadOneAfterRe.Get().MatchString(c.after) {
		return "", "", false
	}
	ms := haveObjectRe.Get().FindAllStringSubmatch(c.sent[:c.n.lo], -1)
	if ms == nil {
		return "", "", false
	}
	return strings.TrimSpace(ms[len(ms)-1][1]), "", true
}
