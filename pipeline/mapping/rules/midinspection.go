package rules

import (
	"fmt"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An inspection summary with its own heading does not always come first:
// agencies put "HM Inspectorate of Probation, November 2019" or "What
// Ofsted said" after their outcomes, or in the middle of their activity
// (issue 22, round3/heldout5 and tune4). Such a heading opens the
// inspection section wherever it comes, when it stands at the level of the
// statement's section headings and the text under it reads like an
// inspection (it names an inspector and says what an inspection says). The
// statement proper then resumes: at the next section heading, and inside
// the stretch at a paragraph in the agency's own voice with no inspection
// words ("We opened a separate waiting area ..."), which goes back to the
// section the statement was in. A heading deeper than the section headings,
// or one over text that says nothing of an inspection ("Inspection
// readiness training"), stays a sub-heading as before.

// midInspection reports whether the heading at i, matching the inspection
// section after the statement proper has begun, opens an inspection part.
func (p *plan) midInspection(i, level int) bool {
	if deeper(headingLevel(p.blocks[i]), level) {
		return false
	}
	j := p.nextContent(i)
	if j < 0 {
		return false
	}
	first := p.blocks[j].PlainText()
	if !inspectorWords.Get().MatchString(first) || p.opensWithAgency(j) {
		return false
	}
	n := signals(first)
	if k := p.nextContent(j); n < 2 && k >= 0 {
		n += signals(p.blocks[k].PlainText())
		return n >= 3
	}
	return n >= 2
}

// nextContent is the first content block after i, before the next heading,
// or -1.
func (p *plan) nextContent(i int) int {
	if j := i + 1; j < len(p.blocks) {
		if _, ok := p.blocks[j].(*model.Heading); !ok {
			return j
		}
	}
	return -1
}

// midInspectionEnd is where the inspection part under the heading at a
// (its stretch running to end) ends: at a paragraph that starts the
// statement again (statementBegins) or speaks as the agency with no
// inspection words. A list goes on with the part when the block before it
// was the part's (an inspection's findings and recommendations are lists).
func (p *plan) midInspectionEnd(a, end int) int {
	inPart := true
	for i := a + 1; i < end; i++ {
		text := p.blocks[i].PlainText()
		_, isItem := p.blocks[i].(*model.ListItem)
		_, isHeading := p.blocks[i].(*model.Heading)
		switch {
		case isHeading:
			continue
		case p.statementBegins(i):
			return i
		case signals(text) > 0 || recommendationWords.Get().MatchString(text):
		case isItem && inPart:
		default:
			return i
		}
		inPart = true
	}
	return end
}

// midInspectionDoubt is the confidence of a stretch that goes back to the
// section before an inspection part: the agency's response to the
// inspection may as well be the inspection's, so a reviewer checks.
const midInspectionDoubt = 0.55

// placeMidInspection places the stretch under a mid-statement inspection
// heading: the part in inspection as under any heading, the rest by meaning
// from the section the statement was in before it (afterinspection.go),
// flagged. It reports false
// for any other anchor.
func (p *plan) placeMidInspection(a anchor, end int) bool {
	if !a.mid {
		return false
	}
	stop := p.midInspectionEnd(a.at, end)
	p.afterMidInspection(a, stop, end) // afterinspection.go
	for i := a.at + 1; i < stop; i++ {
		s := &p.slots[i]
		s.sec, s.conf, s.runnerUp = a.sec, a.conf, a.resume
		s.evidence = fmt.Sprintf("under heading %q (%s, %.2f): an inspection part after the statement proper began", a.text, p.m.keys[a.sec], a.m.Score)
		if a.byMeaning != "" { // textinspection.go: no heading match
			s.evidence = a.byMeaning + ": an inspection part after the statement proper began"
		}
	}
	return true
}

// resumesAfterInspection decides whether a heading matching section sec,
// after a mid-statement inspection part that began in section resume,
// opens sec (the statement goes on) or stays the inspection's. An
// inspection's own headings ("Strengths", "Areas for improvement",
// "Recommendations") stay in the part; a weak match that would go back
// before resume stays too.
func (p *plan) resumesAfterInspection(i, sec, resume int, mt headingMatch) bool {
	if inspectionHeadingWords.Get().MatchString(p.blocks[i].PlainText()) {
		return false
	}
	return sec >= resume || mt.Score >= 0.95
}

// inspectionHeadingWords are what an inspection report's own headings say
// ("Strengths", "Areas for improvement", "Recommendations", "What does the
// school need to do to improve?"): inside an inspection part such a heading
// is the inspection's, though it matches a later section of the template.
var inspectionHeadingWords = lazy.Re(`(?i)\b(strengths?|areas? (for|of) (improvement|development|concern)|recommend\w*|findings|causes? (of|for) concern|requires? improvement|inadequate|outstanding|must|to improve)\b`)
