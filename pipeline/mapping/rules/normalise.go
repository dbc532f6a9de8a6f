package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

var (
	// leadingNumber matches "3.", "3.1", "3.1.2", "3)", "a)", "A.", "(ii)",
	// "iv.", "Section 3:" at the start of a heading. A bare roman numeral or
	// letter needs a bracket or a dot, so "I am" or "A new start" survive.
	leadingNumber = lazy.Re(`^(?i)(section\s+|part\s+)?(\(?[0-9]+(\.[0-9]+)*[.):]?|\(?[a-z][.)]|\(?[ivxlc]+[.)]|\([a-z]\)|\([ivxlc]+\))\s+`)
	// audience folds the many ways of naming who is safeguarded into
	// "children", so "Safeguarding Adults/Children Activity" reads as the
	// standard "Safeguarding Children Activity".
	audience = lazy.Re(`\b(adults?\s*(/|and|&|\+)\s*children|children\s*(/|and|&|\+)\s*adults?|children\s+and\s+young\s+people|child)\b`)
	nonWord  = lazy.Re(`[^a-z0-9%]+`)
)

// normaliseHeading reduces a heading to lower-case words separated by single
// spaces: typographic characters folded, leading numbering and trailing
// colons dropped, the audience folded to "children", punctuation removed.
func normaliseHeading(s string) string {
	s = strings.TrimSpace(fold.Replace(s))
	for {
		t := leadingNumber.Get().ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = strings.TrimSpace(t)
	}
	s = strings.ToLower(s)
	s = audience.Get().ReplaceAllString(s, "children")
	s = nonWord.Get().ReplaceAllString(s, " ")
	return strings.TrimSpace(s)
}
