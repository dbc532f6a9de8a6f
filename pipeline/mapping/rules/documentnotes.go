package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Notes on the document, in the places aboutstatement.go does not look
// (issue 22, round3/heldout10: a probation return and a college report;
// tune9). A return's subtitle addressed to the board ("Annual return to
// the Penmarrow Local Safeguarding Children Board, April 2018 to March
// 2019") was read as the title's second line and took the section of the
// first content (context, 0.90); a note on how the return is set out or
// who prepared it ("Our answers to the board's questions are set out
// below. The return was prepared by ...") matched none of the purpose
// openings; and a purpose line may come as the first paragraph under the
// first heading ("Introduction": "This report is the college's
// contribution to the annual report of the ... Board"), where it went to
// context at 0.95. All three are labelled unmapped in the sets (they are
// not the agency's text about itself): silent errors. They go to unmapped,
// flagged, with the section they stood in as runner-up. "This statement
// covers licensing, our leisure centres ..." says what the agency does and
// stays: only a note on the document's purpose, arrangement or authorship
// counts.

var (
	// addressedSubtitle: a subtitle line addressed to the board.
	addressedSubtitle = lazy.Re(`(?i)\b(return|statement|report|submission)\s+(to|for)\s+the\s+(\w+\s+){0,6}?(board|partnership|committee)\b`)
	// documentNote: how the document is set out, or who prepared it.
	documentNote = lazy.Re(`(?i)\b(answers|responses)\s+to\s+the\s+[\w'’]+\s+questions\b|\bset out below\b|\bfollows? (below|in order)\b|\b(was|were|has been)\s+(prepared|written|compiled)\s+by\b`)
	// documentPurpose: the document as a contribution to, or setting out.
	documentPurpose = lazy.Re(`(?i)\b(contribution|response|submission)\s+to\s+the\b|\bsets out\b|\b(prepared|compiled)\s+by\b`)
)

// unmapDocumentNotes runs after unmapAboutStatement on a headed statement.
func (p *plan) unmapDocumentNotes() {
	if !p.headed {
		return
	}
	if p.titleEnd == 2 && addressedSubtitle.Get().MatchString(p.blocks[1].PlainText()) {
		p.unmapNote(1, "a subtitle addressed to the board, not the agency's text: unmapped, check")
	}
	for i := p.titleEnd; i < p.first && i < p.titleEnd+maxAboutBlocks; i++ {
		text := p.blocks[i].PlainText()
		if !p.isParagraph(i) || wordCount(text) > maxAboutWords || !documentNote.Get().MatchString(text) {
			break
		}
		p.unmapNote(i, "a note on how the document is set out or who prepared it, not the agency's text: unmapped, check")
	}
	i := p.first + 1
	if i+1 < len(p.blocks) && p.isHeadingBlock(p.first) && p.isParagraph(i) && p.isParagraph(i+1) {
		text := p.blocks[i].PlainText()
		if wordCount(text) <= maxAboutWords && aboutDocument.Get().MatchString(text) &&
			(documentPurpose.Get().MatchString(text) || documentNote.Get().MatchString(text)) {
			p.unmapNote(i, "a line about the document's purpose under the first heading, not the agency's text: unmapped, check")
		}
	}
}

// unmapNote puts block i in unmapped, flagged, its section the runner-up. A
// subtitle keeps its title role: it is not printed as content either way.
func (p *plan) unmapNote(i int, why string) {
	s := &p.slots[i]
	if s.sec < 0 {
		return
	}
	s.sec, s.conf, s.runnerUp, s.evidence = -1, min(s.conf, closingConf), s.sec, why
	if s.role == model.RoleTitle {
		s.runnerUp = -1 // a title has no runner-up
	}
}
