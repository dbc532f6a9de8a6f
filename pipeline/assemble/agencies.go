package assemble

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Agencies identifies which expected partner sent a statement, from the
// configured canonical names and aliases.
//
// Names and aliases match as whole words, case-insensitively: "CRC" does not
// match inside "ECRC", and "SUH" does not match inside "SUHFT" (list
// "SUHFT" as an alias of its own when it is used). "NHS", "the", "and" (or
// "&") and "Ltd" are ignored on both sides, so "North East London NHS
// Foundation Trust" matches "North East London Foundation Trust". A
// parenthesised part of a canonical name ("South Essex Partnership Trust
// (SEPT)") is an alias too, and so is the name without it. An alias that
// looks like an e-mail domain ("@riverside.nhs.uk", "riverside.nhs.uk") is
// used only for the sender of an e-mail. A name of one letter or one
// common word ("A", "The", "Our") would match nearly every statement and is
// never matched in text (config validation warns about it).
type Agencies struct {
	list []agencyEntry
	// byFirst indexes every term by its first word, and a term of more
	// words by its second word too, so matching a line costs a map look-up
	// per word, not a pass over every agency, even when many names start
	// alike ("North East ...", "Partner Agency 0001" ... "3200").
	byFirst map[string]*termBucket
}

type agencyEntry struct {
	name    string
	domains []string // lower case, without "@"
}

// termBucket is the terms of one first word: those of that word alone,
// and the longer ones by their second word.
type termBucket struct {
	single   []termRef
	bySecond map[string][]termRef
}

// termRef is one name or alias as words, and the agency it names.
type termRef struct {
	agency int
	words  []string
}

// NewAgencies prepares the configured partners for identification.
func NewAgencies(list []model.Agency) *Agencies {
	a := &Agencies{byFirst: map[string]*termBucket{}}
	for _, c := range list {
		name := strings.TrimSpace(c.Name)
		if name == "" {
			continue
		}
		idx := len(a.list)
		ag := agencyEntry{name: name}
		for _, t := range agencyNameTerms(name) {
			a.addTerm(idx, t)
		}
		for _, t := range acronymTerms(name) {
			a.addTerm(idx, t)
		}
		if short := withoutUnitWord(name); short != "" {
			a.addTerm(idx, short)
		}
		for _, al := range c.Aliases {
			if d, ok := agencyDomain(al); ok {
				ag.domains = append(ag.domains, d)
				continue
			}
			a.addTerm(idx, al)
		}
		a.list = append(a.list, ag)
	}
	return a
}

func (a *Agencies) addTerm(agency int, s string) {
	w := agencyWords(s)
	if len(w) == 0 || TooCommon(w) {
		return
	}
	b := a.byFirst[w[0]]
	if b == nil {
		b = &termBucket{bySecond: map[string][]termRef{}}
		a.byFirst[w[0]] = b
	}
	t := termRef{agency: agency, words: w}
	if len(w) == 1 {
		b.single = append(b.single, t)
		return
	}
	b.bySecond[w[1]] = append(b.bySecond[w[1]], t)
}

// TooCommon reports whether a name or alias, as words, is too short or too
// common to identify anyone: one letter, or one everyday word.
func TooCommon(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	return len([]rune(w)) < 2 || commonWords[w]
}

// commonWords are words every statement uses; an alias made of one of them
// alone would claim every statement.
var commonWords = map[string]bool{
	"a": true, "an": true, "of": true, "to": true, "in": true, "for": true, "on": true, "at": true,
	"by": true, "is": true, "it": true, "be": true, "as": true, "we": true, "our": true, "us": true,
	"or": true, "with": true, "from": true, "this": true, "that": true, "annual": true,
	"statement": true, "report": true, "safeguarding": true, "children": true, "board": true,
	"service": true, "services": true, "trust": true, "council": true, "agency": true,
}

// agencyNameTerms gives a canonical name, the name without its
// parenthesised parts, and each parenthesised part.
func agencyNameTerms(name string) []string {
	terms := []string{name}
	var outside, inside strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(':
			depth++
			inside.Reset()
		case r == ')' && depth > 0:
			depth--
			terms = append(terms, inside.String())
		case depth > 0:
			inside.WriteRune(r)
		default:
			outside.WriteRune(r)
		}
	}
	if o := strings.TrimSpace(outside.String()); o != name {
		terms = append(terms, o)
	}
	return terms
}

// agencyDomain reports whether an alias names an e-mail domain.
func agencyDomain(al string) (string, bool) {
	al = strings.ToLower(strings.TrimSpace(al))
	al = strings.TrimPrefix(al, "@")
	if al == "" || strings.ContainsAny(al, " \t") || !strings.Contains(al, ".") {
		return "", false
	}
	return al, true
}

// agencyIgnored words are dropped before matching: agencies add or drop
// them freely ("&" splits like any other separator, so "and" goes too).
var agencyIgnored = map[string]bool{"nhs": true, "the": true, "and": true, "ltd": true, "limited": true}

// agencyWords splits text into lower-case words; anything that is not a
// letter or a digit separates, so "_", "-" and "." in file names do. An
// apostrophe between letters is dropped first, so "Children's", the
// typographic "Children’s" and a file name's "Childrens" are one word.
func agencyWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(dropInnerApostrophes(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if !agencyIgnored[w] {
			out = append(out, w)
		}
	}
	return out
}

// IdentifyEmail names the agency whose domain alias matches the address's
// domain or a parent of it ("jo@mail.riverside.nhs.uk" matches
// "riverside.nhs.uk"). addr may be a bare address or "Name <address>".
func (a *Agencies) IdentifyEmail(addr string) (string, bool) {
	at := strings.LastIndex(addr, "@")
	if at < 0 {
		return "", false
	}
	domain := strings.ToLower(strings.TrimSpace(strings.TrimRight(addr[at+1:], "> \t")))
	if domain == "" {
		return "", false
	}
	bestLen, bestName := 0, ""
	for _, ag := range a.list {
		for _, d := range ag.domains {
			if (domain == d || strings.HasSuffix(domain, "."+d)) && len(d) > bestLen {
				bestLen, bestName = len(d), ag.name
			}
		}
	}
	return bestName, bestLen > 0
}

// dropInnerApostrophes removes every apostrophe (straight or typographic)
// that stands between two letters.
func dropInnerApostrophes(s string) string {
	if !strings.ContainsAny(s, "'’") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if (r == '\'' || r == '’') && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
