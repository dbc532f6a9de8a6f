package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An agency's own heading at the section headings' level inside an
// inspection part that has a heading of its own either belongs to the
// inspection ("Recommendations", "What the inspectors found") or starts the
// statement again in the agency's words ("How is the service organised?"
// after "HM Inspectorate of Probation"). Before issue 22's heldout5 round
// such a part was only found by its words and ended at the first heading;
// now that the inspectorate's name is an inspection heading, the part must
// end there too, or the statement's own headings are read as the
// inspection's (round3/heldout4, Lowther).

// unmatchedInInspection decides the agency's own heading at i inside the
// inspection part opened by last (hi is the next matched heading's
// section, followed whether there is one). It stays in the part (false)
// when it or its first paragraph speaks of the inspection. Otherwise, after
// a mid-statement part, it is placed as any unmatched heading after the
// section the part interrupted; after a leading part, it starts the
// statement proper: its stretch, up to the next matched heading, is placed
// by meaning from the section after inspection on.
func (p *plan) unmatchedInInspection(i int, last anchor, hi int, followed bool) (anchor, bool) {
	if p.speaksOfInspection(i) {
		return anchor{}, false
	}
	if j := p.nextContent(i); j >= 0 && p.speaksOfInspection(j) {
		return anchor{}, false
	}
	if last.mid && last.byMeaning != "" && !last.opening {
		return p.afterTextInspection(i, last, hi, followed), true // textinspection.go
	}
	if last.mid && !last.opening {
		return p.unmatchedAnchor(i, last.resume, max(hi, last.resume), followed), true
	}
	lo := min(last.sec+1, hi)
	text := strings.TrimSpace(p.blocks[i].PlainText())
	return anchor{at: i, sec: lo, conf: statementConfidence, text: text, meaning: true, lo: lo, hi: hi, runnerUp: last.sec,
		byMeaning: fmt.Sprintf("heading %q names no section and says nothing of the inspection: the statement proper begins here", text)}, true
}

// speaksOfInspection reports whether block i has inspection words or what
// an inspection's recommendations say.
func (p *plan) speaksOfInspection(i int) bool {
	text := p.blocks[i].PlainText()
	return signals(text) > 0 || recommendationWords.Get().MatchString(text)
}

// inInspectionPart reports whether a is an inspection heading's anchor
// whose part an unmatched heading may end.
func (p *plan) inInspectionPart(a anchor) bool {
	return a.sec == p.m.sectionIndex(model.SectionInspection) && (a.mid || a.byMeaning == "" && a.leadIn == "" && !a.meaning)
}
