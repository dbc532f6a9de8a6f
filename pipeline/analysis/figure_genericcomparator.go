package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A comparator named only by a word for a number ("against a figure of
// 39% for the youth custodial estate", "compared with a rate of 29% in
// the region") measures what the figure before it measures: "figure" and
// "rate" name nothing a board compares. The place after it ("for the
// youth custodial estate") is its group, as for "compared to 91% for all
// learners".

// genericComparatorRe is such a word.
var genericComparatorRe = lazy.Re(`(?i)^(?:figure|rate|level|proportion|percentage|share|number|total|result)$`)

// genericComparator is the measure of a comparator named by such a word:
// the figure before's, or "" when the word names its own.
func genericComparator(name, prev string) string {
	if prev != "" && genericComparatorRe.Get().MatchString(name) {
		return prev
	}
	return ""
}

// forPlace is the place after a comparator: " for the youth custodial
// estate as a whole" gives "youth custodial estate", " in similar areas"
// "similar areas".
func forPlace(after string) string {
	m := forPlaceRe.Get().FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// forPlaceRe starts the place: " for the youth custodial estate", " in
// similar areas", " across the region".
var forPlaceRe = lazy.Re(`(?i)^\s*(?:for|in|across|among)\s+(?:the\s+|all\s+)?([^,;.()]{2,50}?)(?:\s+as\s+a\s+whole)?\s*(?:[,;.()]|$)`)
