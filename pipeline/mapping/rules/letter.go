package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Some agencies send their statement with a covering letter on its first
// page ("Dear Chair, I am pleased to send ...", "Yours sincerely", a name
// and role). Read by meaning, with nothing but the place in the document to
// go by, it drifted into the inspection section (round3/heldout5,
// Ravensworth). It is recognised by its shape, not its words: it opens with
// a salutation and closes with a complimentary close before the first
// section heading; the short lines after the close (a name, a role) are its
// signature. It goes to context, the section an introduction belongs to,
// flagged, because a reviewer may rather mark it not part of the statement.

var (
	// salutation opens a letter: "Dear Chair,", "Dear Board members".
	salutation = lazy.Re(`(?i)^\W*dear\s+\S`)
	// complimentaryClose ends one: "Yours sincerely,", "Kind regards",
	// "With best wishes".
	complimentaryClose = lazy.Re(`(?i)^\W*(yours( sincerely| faithfully| truly)?|(with )?(kind|best|warm)( regards| wishes)|regards|many thanks|with thanks)\b`)
)

// maxSignatureWords bounds a signature line ("Helen Marsh, Chief
// Executive"); maxLetterBlocks bounds the whole letter.
const (
	maxSignatureWords = 10
	maxLetterBlocks   = 12
)

// letterConfidence is the confidence of a cover letter's blocks: under the
// usual mapping.low_confidence, so a reviewer decides whether it stays.
const letterConfidence = 0.55

// coverLetter returns where a cover letter starting at block a ends, the
// letter lying wholly before block b (the first section heading, or the
// end): a when blocks[a] is no salutation or no close follows it in time.
func (p *plan) coverLetter(a, b int) int {
	if end := p.headedLetter(a, b); end > a { // letterheading.go
		return end
	}
	if a >= b || !p.isParagraph(a) || !salutation.Get().MatchString(p.blocks[a].PlainText()) {
		return a
	}
	for i := a; i < b && i < a+maxLetterBlocks; i++ {
		if !complimentaryClose.Get().MatchString(p.blocks[i].PlainText()) {
			continue
		}
		end := i + 1
		for end < b && end < i+3 && p.signatureLine(end) {
			end++
		}
		return end
	}
	return a
}

// signatureLine reports whether block i reads like a line of a signature: a
// short paragraph (a name, a role, an organisation).
func (p *plan) signatureLine(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	return p.isParagraph(i) && text != "" && wordCount(text) <= maxSignatureWords &&
		!strings.HasSuffix(text, ":") && !salutation.Get().MatchString(text)
}

func (p *plan) isParagraph(i int) bool {
	_, ok := p.blocks[i].(*model.Paragraph)
	return ok
}

// placeLetter puts the cover letter blocks[a:end] in context, flagged.
func (p *plan) placeLetter(a, end int) {
	sec := p.m.sectionIndex(model.SectionContext)
	if sec < 0 {
		sec = 0
	}
	for i := a; i < end; i++ {
		p.slots[i].sec, p.slots[i].conf, p.slots[i].runnerUp = sec, letterConfidence, -1
		p.slots[i].evidence = "a cover letter before the statement (it opens with \"Dear\" and closes with a sign-off): " +
			"placed in " + string(p.m.keys[sec]) + "; a reviewer may mark it not part of the statement"
	}
}
