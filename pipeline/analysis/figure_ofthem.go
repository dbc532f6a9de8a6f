package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A share "of them", "of these", "of which" or "of whom" is a share of
// the count just named, so what it measures is that count's thing: "made
// 4,100 visits, 96% of them within 14 days" measures visits (within 14
// days), not "them". The words after the share say which part of the whole
// it is; the whole is the measure of the figure before it in the sentence.

var (
	// ofThemBeforeRe ends "of whom" before the share: "of whom 65% were
	// looking after a partner".
	ofThemBeforeRe = lazy.Re(`(?i)\bof\s+(?:them|whom|which|these|those)\s*$`)
	// prepStartRe starts a part that only narrows the whole ("within 14
	// days", "to people over 65", "for people with psychosis"), not one
	// that says something of it ("concerned financial abuse").
	// ofOpenShareRe opens a sentence with the whole its shares are of,
	// named in words: "Of those referred, 88% were seen ...", "Of these,
	// 40% ...".
	ofOpenShareRe = lazy.Re(`(?i)^\s*of\s+((?:the|these|those|them|all|our)\b[^,;:]{0,60}?)\s*,\s*$`)
	prepStartRe   = lazy.Re(`(?i)^(?:within|in|to|for|at|by|on|from|with|without|under|over|after|before|inside|outside)\b`)
)

// ofThemShare names a percentage of the count before it: measure is the
// part ("led to a detention"), or the whole narrowed ("visits within 14
// days"), and group the whole.
func ofThemShare(c *figureText) (string, string, bool) {
	if !c.percent {
		return "", "", false
	}
	if m := ofOpenShareRe.Get().FindStringSubmatch(c.sent[:c.n.lo]); m != nil {
		whole := clean(leadWordsRe.Get().ReplaceAllString(m[1]+" ", ""))
		if strings.ContainsAny(whole, "0123456789") {
			whole = c.prev // "Of the 430 young people open to the service, 23% ...": the count's measure
		}
		if part := partWords(c.after); part != "" {
			return part, whole, true // "Of those referred, 88% were seen within 28 days"
		}
	}
	if c.prev == "" {
		return "", "", false
	}
	rest := ""
	switch {
	case ofThemRe.Get().MatchString(c.after):
		rest = c.after[ofThemRe.Get().FindStringIndex(c.after)[1]:]
	case ofThemBeforeRe.Get().MatchString(c.sent[:c.n.lo]):
		rest = c.after
	default:
		return "", "", false
	}
	part := partWords(rest)
	switch {
	case part == "":
		return c.prev, "", true // "96% of them."
	case prepStartRe.Get().MatchString(strings.TrimSpace(rest)):
		return c.prev + " " + part, "", true // "of them within 14 days", not "of whom 44% had been on a plan"
	}
	return part, c.prev, true
}

// partWords are the words of a share's clause after "of them", without a
// leading "be" or "have": "were looking after a partner" gives "looking
// after a partner", "were about neglect" gives "neglect".
func partWords(rest string) string {
	words := strings.Fields(cutSentence(rest))
	if len(words) > 2 && auxiliary(words[0]) && aboutWord(words[1]) {
		words = words[2:] // "were about neglect" says "neglect"
	}
	for len(words) > 0 && auxiliary(words[0]) {
		words = words[1:]
	}
	return strings.Trim(predicate(words, 10), " -–—'\"")
}
