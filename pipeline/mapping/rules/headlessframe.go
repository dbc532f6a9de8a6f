package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// The frame around a statement with no section headings: a return form's
// instruction, field and contact lines (formlines.go reads them the same
// way under headings), and a glossary at the end with no heading of its
// own, each line a term and what it means ("MACE: the multi-agency child
// exploitation panel ..."), and a sign-off line last. Read by meaning they took the section of the
// text around them, confidently at times, and a glossary at the end pulled
// the plans before it into the template's last sections (issue 22, the
// stripped reading). They go to unmapped, flagged, and are set aside so the
// statement around them is placed as if they were not there.

// signOff: a line of comma-separated names, roles and a date ("Director of
// Customer Services, Caldbeck Homes, May 2020."), each part a capitalised
// phrase of at most six words.
var signOffPart = lazy.Re(`^(?:[A-Z0-9][\w'’&/\-]*)(?: [\w'’&/\-]+){0,5}$`)

// isSignOff reports whether paragraph i is a sign-off line of three or
// more such parts.
func (p *plan) isSignOff(i int) bool {
	text := strings.TrimSuffix(strings.TrimSpace(p.blocks[i].PlainText()), ".")
	parts := strings.Split(text, ",")
	if !p.isParagraph(i) || len(parts) < 3 || wordCount(text) > 16 {
		return false
	}
	for _, part := range parts {
		if !signOffPart.Get().MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// glossaryLine: a short term, a colon, and its meaning starting in lower
// case or with an article ("Perinatal: the time from pregnancy ...").
var glossaryLine = lazy.Re(`^\s*[A-Z][\w'’&/\- ]{0,40}:\s+(?:[a-z]|A |An |The )`)

// maxGlossaryTermWords bounds the term before the colon.
const maxGlossaryTermWords = 4

// headlessFrame sets aside the frame lines of a headingless statement.
func (p *plan) headlessFrame(parts map[int]aside) {
	for i := p.titleEnd; i < len(p.blocks); i++ {
		if why, ok := isFormLine(p.blocks[i].PlainText()); ok {
			parts[i] = aside{sec: -1, conf: formLineConf, evidence: why}
		}
	}
	// A sign-off line last.
	if last := len(p.blocks) - 1; last > p.titleEnd && p.isSignOff(last) {
		parts[last] = aside{sec: -1, conf: formLineConf, evidence: "a sign-off line (names, roles, a date) after the statement: unmapped, check"}
	}
	// A glossary: two or more term lines at the end, with only frame lines
	// after them.
	end := len(p.blocks)
	for end > p.titleEnd {
		if _, ok := parts[end-1]; !ok {
			break
		}
		end--
	}
	start := end
	for start > p.titleEnd && p.glossaryTerm(start-1) {
		start--
	}
	if end-start < 2 {
		return
	}
	for i := start; i < end; i++ {
		parts[i] = aside{sec: -1, conf: formLineConf, evidence: "a glossary at the end (a term and its meaning), not the agency's statement: unmapped, check"}
	}
}

// glossaryTerm reports whether paragraph i reads as a glossary entry, not a
// run-in heading naming a section ("Impact: 46 children were ...").
func (p *plan) glossaryTerm(i int) bool {
	text := p.blocks[i].PlainText()
	if !p.isParagraph(i) || !glossaryLine.Get().MatchString(text) {
		return false
	}
	term, _, _ := strings.Cut(text, ":")
	if wordCount(term) > maxGlossaryTermWords || p.m.headings.match(term).ok() {
		return false
	}
	_, runIn := p.runInAt(i)
	return !runIn
}
