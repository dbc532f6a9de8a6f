package rules

import "strings"

// A signatory with a long role and a long agency name signs in more words
// than a signature line allows ("Dr Susan ..., Chief Nurse and Executive
// Director for Safeguarding, Brennock Community Health NHS Trust, July
// 2019": seventeen words). Over maxSignWords it was read as content, by
// meaning the plans, at 0.90: a silent error ending a headingless
// statement (issue 22, heldout10 read with its headings taken out). A line
// of at least three capitalised parts separated by commas that ends in a
// month and year, with a role and nothing that plans or acts, is a
// signature up to maxLongSignWords: the closing date and the role together
// are evidence enough that the extra words are titles, not text.

// maxLongSignWords bounds a dated signature with a role.
const maxLongSignWords = 26

// longSignature reports whether text is such a dated signature line.
func longSignature(text string) bool {
	if wordCount(text) > maxLongSignWords || notSigned.Get().MatchString(text) ||
		!signDate.Get().MatchString(text) || !signRole.Get().MatchString(text) {
		return false
	}
	parts := strings.Split(strings.TrimRight(text, ". "), ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || !(p[0] >= 'A' && p[0] <= 'Z' || p[0] >= '0' && p[0] <= '9') {
			return false
		}
	}
	return true
}
