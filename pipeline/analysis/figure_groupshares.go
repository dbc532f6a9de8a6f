package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Two or more shares in one clause, each "of" a group, share one thing
// measured: "81% of health visitors and 74% of school nurses had a
// session in each quarter" gives supervision for health visitors and for
// school nurses. Each share's group is the words after its "of"; the thing
// measured is named once for all of them, by the sentence's heading
// ("Safeguarding supervision: ..."), the label before the first share
// ("Prevent training had reached 88% of ... and 72% of ..."), what was
// completed, or else the predicate after the last group.

var (
	// shareGroupNextRe is a share's group followed by the next share of
	// the clause: "of health visitors and 74%", "of GPs, 68%".
	shareGroupNextRe = lazy.Re(`(?i)^\s*(?:of|for|among|amongst)\s+(?:the\s+|our\s+|all\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)`)
	// shareBeforeRe ends the text before the second or later share of a
	// clause: "81% of health visitors and".
	shareBeforeRe = lazy.Re(`(?i)\d\s?(?:%|per\s?cent)\s+(?:of|for|among|amongst)\s+[^,;:.()\d]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$`)
)

// groupShares reads a share that is one of several for groups in a clause.
func groupShares(c *figureText) (string, string, bool) {
	if !c.percent {
		return "", "", false
	}
	group, pred := "", ""
	if m := shareGroupNextRe.Get().FindStringSubmatch(c.after); m != nil {
		group = m[1]
		_, pred = lastShare(lastShareTail(c.after))
	} else if shareBeforeRe.Get().MatchString(c.sent[:c.n.lo]) {
		if group, pred = lastShare(cutSentence(c.after)); group == "" {
			return "", "", false
		}
	} else {
		return "", "", false
	}
	m := sharedMeasure(c, pred)
	return m, clean(group), m != ""
}

// lastShare splits the words after the last share of a clause into its
// group and what they did: "of school nurses had a session in each
// quarter" gives "school nurses" and "had a session in each quarter". The
// group is up to four words before the first verb.
func lastShare(tail string) (group, pred string) {
	words := strings.Fields(tail)
	if len(words) < 2 || !shareWord(words[0]) {
		return "", ""
	}
	words = words[1:]
	if len(words) > 1 && (articleOrEnd(words[0]) || strings.EqualFold(words[0], "all")) {
		words = words[1:]
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 4 || numberWord(w) {
			return "", ""
		}
		if lw == "and" && i > 0 && i+1 < len(words) && nounJoin(words[i+1]) {
			continue // "of trades and repairs operatives": one group
		}
		if i > 0 && (verbRe.Get().MatchString(lw) || participle(lw) || sayVerbs[lw] || irregularParticiples[lw] || stopRe.Get().MatchString(lw)) {
			return strings.Join(words[:i], " "), strings.Join(words[i:], " ") // "of support staff by July"
		}
	}
	if len(words) <= 4 {
		return strings.Join(words, " "), "" // "... and 79% for family support workers."
	}
	return "", ""
}

// shareWord is the word between a share and its group: "of", "for".
func shareWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "for", "among", "amongst":
		return true
	}
	return false
}

// lastShareTail is the text after the last share of after's clause.
func lastShareTail(after string) string {
	clause := cutSentence(after)
	locs := percentRe.Get().FindAllStringIndex(clause, -1)
	if locs == nil {
		return ""
	}
	return clause[locs[len(locs)-1][1]:]
}

// sharedMeasure is what the shares of a clause measure: the sentence's
// heading, the label before the shares, what was completed, or the
// predicate after the last group ("had a session in each quarter").
func sharedMeasure(c *figureText, pred string) string {
	if c.prefix != "" {
		if p := c.prefixLabel(); p != "" {
			return p
		}
	}
	first := c.n.lo
	if loc := shareBeforeRe.Get().FindStringIndex(c.sent[:c.n.lo]); loc != nil {
		for first = loc[0]; first > 0 && (isDigit(c.sent[first-1]) || c.sent[first-1] == '.'); first-- {
		} // back to the first share's first digit
	}
	if l := clauseLabel(strings.TrimRight(c.sent[:first], " :-–—(")); l != "" {
		return l
	}
	if s := subject(c.sent[:first]); s != "" {
		return s // "Supervision rates were 88% for ... and 79% for ..."
	}
	if obj := completedObject(pred); obj != "" {
		return obj
	}
	words := strings.Fields(cutSentence(pred))
	for len(words) > 0 && auxiliary(words[0]) {
		words = words[1:]
	}
	return predicate(words, 8)
}

// nounJoin reports whether the word after an "and" inside the last
// share's group goes on naming the group ("trades and repairs
// operatives"), not a new figure or what the group did.
func nounJoin(next string) bool {
	ln := strings.ToLower(strings.Trim(next, ",;:.()"))
	return ln != "" && !strings.ContainsAny(ln, "0123456789") && !numberWord(next) && !verbRe.Get().MatchString(ln) &&
		!participle(ln) && !sayVerbs[ln] && !irregularParticiples[ln] && !stopRe.Get().MatchString(ln)
}

// ofGroupBeforePrep is the group of a share "of Y" when a preposition,
// not a verb, ends it ("of schools within one school day" gives
// "schools"), or "".
func ofGroupBeforePrep(after string) string {
	words := strings.Fields(cutSentence(after))
	if len(words) < 3 || !strings.EqualFold(words[0], "of") {
		return ""
	}
	for i, w := range words[1:] {
		lw := strings.ToLower(w)
		if i > 0 && modifierPrepRe.Get().MatchString(lw) {
			for _, r := range words[i+1:] {
				if lr := strings.ToLower(r); verbRe.Get().MatchString(lr) || pastVerbRe.Get().MatchString(lr) {
					return "" // "of children ... by March had the alert": the predicate names it
				}
			}
			return clean(strings.Join(words[1:i+1], " "))
		}
		if i > 4 || verbRe.Get().MatchString(lw) || participle(lw) || sayVerbs[lw] || numberWord(w) || stopRe.Get().MatchString(lw) && lw != "the" {
			return ""
		}
	}
	return ""
}

// modifierPrepRe is a preposition that ends a group with a time or place.
var modifierPrepRe = lazy.Re(`(?i)^(?:within|during|before|after|by)$`)
