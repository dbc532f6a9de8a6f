package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An agency may open with what the template puts last: its priorities
// ("Where we are heading"), its figures ("The numbers"), and only then
// "About us" (issue 22, heldout7 and round3/tune6). Before the first
// matched heading only the sections up to that heading's can be chosen
// in the template's order, so such a stretch went to context, some of it
// over 0.6. The text under each of the agency's own headings there is
// read for itself: when its words point clearly to a section after the
// first matched heading's (more than ownOrderMargin times any section it
// could take in order, and at least ownOrderMin), the heading's stretch
// goes to that section, flagged, since the order gives no support.

const (
	ownOrderMin    = 1.5
	ownOrderMargin = 2.0
)

// ownOrderBefore re-reads the agency headings in blocks[a:first], first
// being the first matched heading, of section hi.
func (p *plan) ownOrderBefore(a, first, hi int) {
	if first >= len(p.blocks) || hi+1 >= len(p.m.keys) {
		return
	}
	level := headingLevel(p.blocks[first])
	insp := p.m.sectionIndex(model.SectionInspection)
	for j := a; j < first; j++ {
		if !p.atLevel(j, level) || p.slots[j].role != model.RoleSubHeading || p.slots[j].sec == insp {
			continue // an inspection part's own headings stay its own
		}
		sum, cues := p.stretchWithStructure(j)
		best := strongestIn(sum, hi+1, len(sum)-1)
		inOrder := sum[strongestIn(sum, 0, hi)]
		if best <= hi || sum[best] < ownOrderMin || sum[best] <= ownOrderMargin*inOrder {
			continue
		}
		text := strings.TrimSpace(p.blocks[j].PlainText())
		ev := fmt.Sprintf("heading %q names no section and comes before the template's first; its words point to %s (cues %s): out of the template's order, check",
			text, p.m.keys[best], strings.Join(firstN(dedupe(cues[best]), 4), ", "))
		for k := j; k < first && (k == j || !p.atLevel(k, level)); k++ {
			s := &p.slots[k]
			s.runnerUp, s.sec, s.conf, s.evidence = s.sec, best, stayDoubt, ev
		}
	}
}
