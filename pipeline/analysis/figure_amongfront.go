package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A group set before a share with a comma ("Among GPs, 94% have completed
// Level 3 training", "Among health visitors, 91%, and among school nurses,
// 83%, have had safeguarding supervision") is the share's group; what is
// measured is said once, after the last share of the chain, by the
// predicate ("have completed Level 3 training", "have had safeguarding
// supervision"). Only people are such a group: "For the first time, 75%
// of referrals ..." names a time, not whose share it is.

var (
	// amongBeforeRe ends the text before a share with its fronted group.
	amongBeforeRe = lazy.Re(`(?i)(?:^|[,;]\s*|\band\s+)(?:among|amongst|for)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*,$`)
	// auxLeadRe are the auxiliaries a predicate opens with.
	auxLeadRe = lazy.Re(`(?i)^(?:(?:have|has|had|were|was|are|is|been|already|now|also)\s+)+`)
)

// amongFront names a share after a fronted group.
func amongFront(c *figureText) (string, string, bool) {
	m := amongBeforeRe.Get().FindStringSubmatch(strings.TrimSpace(c.sent[:c.n.lo]))
	if !c.percent || m == nil || !peopleGroup(m[1]) {
		return "", "", false
	}
	if measure, _ := percentAfter(c.after); measure != "" && !strings.HasPrefix(strings.TrimSpace(c.after), ",") {
		return measure, m[1], true // "Among midday supervisors, 54% child protection basics"
	}
	tail := c.sent[c.n.hi:]
	if all := percentRe.Get().FindAllStringIndex(tail, -1); all != nil {
		tail = tail[all[len(all)-1][1]:] // the predicate after the chain's last share
	}
	tail = strings.TrimLeft(tail, " ,")
	if loc := completeRe.Get().FindStringIndex(tail); loc != nil && loc[0] < 20 {
		return phrase(tail[loc[1]:], 8), m[1], true // "have completed Level 3 training"
	}
	tail = auxLeadRe.Get().ReplaceAllString(tail, "")
	if sayVerbs[strings.ToLower(firstWord(tail))] {
		return firstWords(cutSentence(tail), 10), m[1], true // "said they felt listened to"
	}
	measure := phrase(tail, 8)
	return measure, m[1], measure != ""
}

// peopleGroup reports whether a fronted phrase names people: staff, a
// noun of people, or a plural noun phrase with no article or number
// ("care leavers"), not a time ("the first time", "2025/26").
func peopleGroup(g string) bool {
	if staffGroup(g) || personNounRe.Get().MatchString(lastWord(g)) || personNounRe.Get().MatchString(lastWord(headNoun(g))) {
		return true
	}
	f := strings.Fields(g)
	last := strings.ToLower(f[len(f)-1])
	return !articleOrEnd(f[0]) && !quantWordRe.Get().MatchString(f[0]) && !strings.ContainsAny(g, "0123456789") &&
		strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// quantWordRe is a word of quantity that opens no group: "most cases".
var quantWordRe = lazy.Re(`(?i)^(?:most|some|many|all|these|those|this|that|each|every|both|several|few)$`)
