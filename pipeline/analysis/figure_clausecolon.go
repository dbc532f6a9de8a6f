package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A colon after a whole clause ("Where the threshold was met the case was
// referred on within one working day: 19 referrals went to the Local
// Authority Designated Officer and 11 to the police") is no heading: the
// words after it are a clause of their own, and the count's own words
// name it: its noun ("referrals") is the measure and where its things went
// ("Local Authority Designated Officer") the group.
// A heading is a clause when it opens with a word that subordinates one
// ("Where", "When", "If") and has a verb; the words after the colon are a
// clause when a verb follows the count's noun.

var (
	// subordinateOpenRe opens a clause that hangs on another.
	subordinateOpenRe = lazy.Re(`(?i)^\s*(?:where|when|whenever|if|once|as\s+soon\s+as|after|because|since)\s+\S`)
	// countClauseRe starts the words after a count that make a clause: "
	// referrals went to", " cases were heard by".
	countClauseRe = lazy.Re(`^\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:went|were|was|came|had|got|moved|returned|passed|led|ended)\b`)
)

// clauseColon reports whether sent's colon before the figure at lo ends a
// whole clause and a clause follows it.
func clauseColon(sent string, lo int, after string) bool {
	k := strings.LastIndex(sent[:lo], ":")
	if k < 0 || strings.TrimSpace(sent[k+1:lo]) != "" {
		return false
	}
	head := lastSentenceClause(sent[:k])
	return subordinateOpenRe.Get().MatchString(head) && verbRe.Get().MatchString(head) && countClauseRe.Get().MatchString(after)
}

// lastSentenceClause is the text after the last semicolon.
func lastSentenceClause(s string) string {
	if k := strings.LastIndex(s, ";"); k >= 0 {
		return s[k+1:]
	}
	return s
}

// destinationRe is a count's clause that says where its things went: "
// referrals went to the Local Authority Designated Officer".
var destinationRe = lazy.Re(`^\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?:went|were\s+(?:sent|passed|referred)|moved|passed|came)\s+(?:on\s+)?(?:to|from)\s+(?:the\s+|a\s+|an\s+)?([^,;.()]{2,60}?)(?:\s+and\s+\d|[,;.()]|$)`)

// clauseColonCount names a count after a clause's colon by its noun, and
// where its things went as its group.
func clauseColonCount(c *figureText) (string, string, bool) {
	if !c.count || !clauseColon(c.sent, c.n.lo, c.after) {
		return "", "", false
	}
	if m := destinationRe.Get().FindStringSubmatch(c.after); m != nil {
		return m[1], clean(m[2]), true
	}
	return "", "", false
}
