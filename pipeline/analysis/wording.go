package analysis

import (
	"regexp"
	"sort"
	"strings"
)

// wordingRegexp compiles theme wordings into one regular expression that
// matches any of them as whole words: a match never starts or ends inside
// another word, so "CSE" does not match "course" or "CSEC". Between the
// words of a phrase any spacing or hyphen may stand ("self harm",
// "self-harm"), but not a tab, which separates table cells. A plural or
// possessive ending is allowed (the "tiny stemmer"). foldCase wordings
// ignore case; exact wordings keep it. It returns nil when there is
// nothing to match.
func wordingRegexp(foldCase, exact []string) (*regexp.Regexp, error) {
	folded, kept := alternation(foldCase), alternation(exact)
	var alts []string
	if folded != "" {
		alts = append(alts, "(?i:"+folded+")")
	}
	if kept != "" {
		alts = append(alts, kept)
	}
	if len(alts) == 0 {
		return nil, nil
	}
	return regexp.Compile(`\b(?:` + strings.Join(alts, "|") + `)(?:s|es|['’]s)?\b`)
}

// alternation joins the wordings' patterns, longest first so that the
// longest wording is what a match reports ("child sexual exploitation",
// not "sexual exploitation").
func alternation(wordings []string) string {
	var pats []string
	for _, w := range wordings {
		if p := phrasePattern(w); p != "" {
			pats = append(pats, p)
		}
	}
	sort.SliceStable(pats, func(i, j int) bool { return len(pats[i]) > len(pats[j]) })
	return strings.Join(pats, "|")
}

// wordSep is what may stand between the words of a phrase: spaces (not
// tabs), line breaks, hyphens and dashes, or nothing ("elearning").
const wordSep = `(?:[^\S\t]|[-‐–])*`

// phrasePattern turns one wording into a pattern: its words quoted, joined
// by wordSep, with straight and curly apostrophes alike.
func phrasePattern(w string) string {
	words := strings.FieldsFunc(w, func(r rune) bool {
		return r == ' ' || r == '-' || r == '‐' || r == '–' || r == '\t' || r == '\n'
	})
	for i, word := range words {
		q := regexp.QuoteMeta(word)
		q = strings.NewReplacer("'", "['’]", "’", "['’]").Replace(q)
		words[i] = q
	}
	return strings.Join(words, wordSep)
}
