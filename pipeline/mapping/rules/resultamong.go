package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Some statements tell each piece of work with its result after it ("We
// trained every watch ...", then "Safeguarding concerns raised by our
// staff rose from 96 to 233", then the next piece of work). With no
// headings, the template's order kept the result in activity with the work
// around it, at up to 0.89: a silent error (issue 22, heldout10 read with
// its headings taken out). A paragraph whose first sentence reports a
// measure changing ("rose from 96 to 233", "fell by 14% compared with the
// year before"), with a measure and not the agency as its subject, is a
// result told out of the template's order: it goes to outcomes, flagged,
// like a plan or an award among the work (outoforder.go). "We trained 300
// staff, up from 120" is the agency doing something and stays.

// resultAmong reports whether paragraph i opens with a result: a measure
// changing, not in the agency's voice.
func (p *plan) resultAmong(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	first := text
	if k := strings.Index(text, ". "); k > 0 {
		first = text[:k+1]
	}
	if !strings.ContainsAny(first, "0123456789") { // both forms hold a figure; the regexps are slow
		return false
	}
	if !figureAgainst.Get().MatchString(first) && !periodComparison.Get().MatchString(first) {
		return false
	}
	return !agencyVoice.Get().MatchString(first) && !staffDoingRe.Get().MatchString(first) && !pastDoing.Get().MatchString(first)
}

// resultSection is outcomes when paragraph i is a result among the work.
func (p *plan) resultSection(i int) (int, string) {
	out := p.m.sectionIndex(model.SectionOutcomes)
	if out < 0 || p.slots[i].sec >= out || !p.resultAmong(i) { // only a block the order put before outcomes moves
		return -1, ""
	}
	return out, "a result (a measure changing) told after the work"
}
