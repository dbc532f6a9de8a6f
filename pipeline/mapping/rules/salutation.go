package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Some statements are written as a letter to the board's chair from the
// first line to the last: "Dear Mrs ...,", "Thank you for inviting us to
// contribute to the board's annual report again this year", the statement,
// and "Yours sincerely" only at its end. With no close near the salutation
// it is no cover letter (letter.go), so the salutation and the thanks were
// read as the statement's first context, flagged (issue 22, heldout10 read
// with its headings taken out). The salutation line is no one's content,
// and the thank-you for the invitation after it is the letter's, as a
// closing thank-you is (headlessending.go): both go to unmapped, flagged,
// with context as runner-up, and the statement is placed as if it began
// after them.

// maxSalutationWords bounds a salutation line ("Dear Mrs Pendry,").
const maxSalutationWords = 8

// invitationThanks: a paragraph thanking for the invitation or handing the
// statement over ("We are pleased to set out our work below").
var invitationThanks = lazy.Re(`(?i)^\W*(?:thank you|thanks|many thanks)\s+for\s+(?:your|the)?\s*(?:\w+\s+){0,3}?(?:invit\w*|ask\w*|request\w*|letter|opportunity)\b|^\W*(?:we|i)\s+(?:are|am)\s+(?:pleased|glad|happy|delighted)\s+to\s+(?:send|set out|provide|submit|enclose|share|contribute|present)\b`)

// setAsideSalutation sets aside a salutation at i (and an invitation's
// thanks after it) and returns where the statement goes on.
func (p *plan) setAsideSalutation(i int, parts map[int]aside) int {
	if i >= len(p.blocks) || !p.isParagraph(i) {
		return i
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !salutation.Get().MatchString(text) || wordCount(text) > maxSalutationWords {
		return i
	}
	parts[i] = aside{sec: -1, conf: formLineConf, evidence: "the salutation of a statement written as a letter, not its content: unmapped, check"}
	i++
	if i < len(p.blocks) && p.isParagraph(i) && invitationThanks.Get().MatchString(strings.TrimSpace(p.blocks[i].PlainText())) {
		parts[i] = aside{sec: -1, conf: formLineConf, evidence: "the letter's thanks for the invitation to contribute, not the statement's content: unmapped, check"}
		i++
	}
	return i
}
