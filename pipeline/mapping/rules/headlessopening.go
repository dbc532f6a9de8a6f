package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement with no headings may open with words about the statement
// rather than the agency: a preface saying what the document is and whom
// it is for ("This statement is provided to the board as part of its
// annual report ...", "This report sets out how the trust met its duties
// ...", "Please find below the force's statement"), or a foreword in the
// first person from a chief officer ("I want to thank our staff ..."),
// often signed ("Rachel ..., Director of Children's Services"). Read by
// meaning they were the statement's first context paragraphs, at 0.64 to
// 0.85, and a signature line too (issue 22, heldout8 and heldout9 read
// with their headings taken out). Their authors label a preface as not
// part of the statement, another (heldout4) as context: it is set aside
// to context, flagged, as a foreword is under headings (foreword.go), so
// a reviewer decides; so is the foreword, and its signature line goes to
// unmapped, flagged.

// prefaceLine: a paragraph opening by naming this document and saying what
// it is or does, or handing it over.
var prefaceLine = lazy.Re(`(?i)^\W*(?:(?:this|the following)\s+(?:(?:annual|safeguarding|children'?s|children|assurance|partner|agency|board|written)\s+){0,3}(?:statement|report|return|submission|document)\s+(?:is|sets? out|describes|covers|provides|summarises|summarizes|gives|outlines|explains|has been|was|forms)\b|please find (?:below|attached|enclosed|here)\b)`)

// Bounds: a preface is short; a foreword's signature comes within a few
// paragraphs of its start.
const (
	maxPrefaceWords      = 60
	maxForewordSignAfter = 3
)

// headlessOpening sets aside a preface and a foreword at the start of a
// headingless statement (after its title; a cover letter is letter.go's).
func (p *plan) headlessOpening(parts map[int]aside) {
	ctx := p.m.sectionIndex(model.SectionContext)
	i := p.titleEnd
	if ctx < 0 || i >= len(p.blocks) || p.coverLetter(i, len(p.blocks)) > i {
		return
	}
	i = p.setAsideSalutation(i, parts) // salutation.go
	i = p.setAsideSummary(i, parts)    // summarylist.go
	if i < len(p.blocks) && p.preface(i) {
		parts[i] = aside{sec: ctx, conf: closingConf, evidence: "a preface about the statement itself (what it is, whom it is for): placed in context; a reviewer may mark it not part of the statement"}
		i++
	}
	if i >= len(p.blocks) || !p.isParagraph(i) || !firstPersonSingular.Get().MatchString(p.blocks[i].PlainText()) {
		return
	}
	end := i + 1
	for k := i + 1; k < len(p.blocks) && k <= i+maxForewordSignAfter; k++ {
		if p.isParagraph(k) && signatureLine(strings.TrimSpace(p.blocks[k].PlainText())) {
			parts[k] = aside{sec: -1, conf: formLineConf, evidence: "the signature of a foreword at the start of the statement, not its content: unmapped, check"}
			end = k
			break
		}
	}
	for k := i; k < end; k++ {
		parts[k] = aside{sec: ctx, conf: closingConf, evidence: "a foreword in the first person at the start of the statement: placed in context; a reviewer may mark it not part of the statement"}
	}
}

// preface reports whether paragraph i is a short preface naming the
// statement.
func (p *plan) preface(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	return p.isParagraph(i) && wordCount(text) <= maxPrefaceWords && (prefaceLine.Get().MatchString(text) || answersBelow(text)) // answersbelow.go
}
