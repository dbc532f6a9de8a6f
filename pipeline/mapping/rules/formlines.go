package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Lines that are not the agency's statement but the frame around it: a
// return form's guidance and instructions ("Guidance: what has gone well
// this year?", "(no more than 150 words)"), its completion fields
// ("Completed by: ...", "Date: ..."), contact lines at the end ("For
// questions about this statement, please contact ...", "Telephone ...") and
// a glossary. Left under the heading before them they sat in its section at
// the heading's confidence: the board's report would print a form's
// instruction as the agency's words. They go to unmapped, kept whole and in
// order (never dropped), and flagged so a reviewer sees them.

// formLineConf is under the usual mapping.low_confidence of 0.6: a reviewer
// is warned, and moves the line back if the agency meant it as content.
const formLineConf = 0.5

// formLineMaxWords: a guidance or field line is short; a long paragraph that
// happens to open "Please ..." is the agency's text.
const formLineMaxWords = 40

var (
	// guidanceLine: a form's instruction to whoever fills it in.
	guidanceLine = lazy.Re(`(?i)^\s*(guidance( notes?)?|instructions?|notes? (to|for) (authors?|agencies|completion))\s*[:\-–]|^\s*please (describe|provide|give|summarise|summarize|outline|include|complete|list|set out|tell us)\b`)
	// bracketLine: a whole line in brackets ("(no more than 150 words)").
	bracketLine = lazy.Re(`^\s*[\(\[][^\)\]]*[\)\]]\s*$`)
	// fieldLine: a completion field of the form.
	fieldLine = lazy.Re(`(?i)^\s*(completed by|signed|signature|date( completed| submitted)?|name of (person|officer) completing|job title)\s*:`)
	// contactLine: who to contact about the statement, and how ("Tel
	// 01632 ...", "Email: ...", but not "telling schools ...", "emailing
	// parents ...": the word must end).
	contactLine = lazy.Re(`(?i)^\s*((for|if you have) (any )?(questions|queries|enquiries|further information)\b[^.]*\bcontact\b|(tel|telephone|phone|e-?mail)\b\s*[:.]?\s*[0-9a-z])`)
	// backMatterHeading: a heading whose stretch is reference, not statement.
	backMatterHeading = lazy.Re(`(?i)^\s*(glossary( of terms)?|abbreviations|acronyms|contact( details| us)?)\s*$`)
)

// isFormLine reports whether text is one of the frame lines above, and why.
func isFormLine(text string) (string, bool) {
	if len(strings.Fields(text)) > formLineMaxWords {
		return "", false
	}
	switch {
	case guidanceLine.Get().MatchString(text), bracketLine.Get().MatchString(text):
		return "a return form's guidance or instruction, not the agency's statement: unmapped, check", true
	case fieldLine.Get().MatchString(text):
		return "a return form's completion field, not the agency's statement: unmapped, check", true
	case contactLine.Get().MatchString(text):
		return "a contact line about the statement, not its content: unmapped, check", true
	}
	return "", false
}

// unmapFormLines moves the frame lines of a headed statement to unmapped,
// and the stretch under a glossary or contact heading with them.
func (p *plan) unmapFormLines() {
	back := false
	for i := p.titleEnd; i < len(p.slots); i++ {
		s := &p.slots[i]
		text := p.blocks[i].PlainText()
		if s.role == model.RoleSectionHeading || s.role == model.RoleSubHeading {
			back = backMatterHeading.Get().MatchString(text)
		}
		why, ok := isFormLine(text)
		if back {
			why, ok = "under a glossary or contact heading: reference, not the statement: unmapped, check", true
		}
		if !ok || s.role == model.RoleTitle {
			continue
		}
		s.runnerUp, s.sec, s.conf, s.evidence = s.sec, -1, formLineConf, why
	}
}
