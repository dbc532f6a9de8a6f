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
	// partLabel matches a named part before a separator (issue 22,
	// round3/heldout5 and tune4): "Part 3 -", "Part One –", "Section B:",
	// "Chapter 2 —", "Step four.", and a bare number or letter before a
	// dash ("1 - Introduction", "B - Our work"). The separator is required,
	// so words that start a heading survive ("Part of the community",
	// "A-level results").
	partLabel = lazy.Re(`^(?i)((section|part|chapter|step|stage)\s+([0-9]+|[a-z]|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[-.:)]|([0-9]+|[a-z])\s+-)\s+`)
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
		t := partLabel.Get().ReplaceAllString(s, "")
		t = leadingNumber.Get().ReplaceAllString(t, "")
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
