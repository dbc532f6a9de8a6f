package rules

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// After an inspection part that interrupts the statement, the agency's own
// paragraphs under the same heading (its response, "In response we set up
// a log ...", and what it then did or counted) went back to the section
// the part interrupted, whatever they said: context for a part found after
// the agency's opening headings, though they told what was done
// (round3/heldout9, Mellstock: seven blocks; round3/tune8, Castleby).
// They are placed by meaning instead, from that section up to the next
// heading's, and stay flagged with inspection as runner-up: a response
// may as well be read as part of the inspection.

// afterMidInspection places blocks[stop:end], after a mid-statement
// inspection part under anchor a, by meaning over the sections from the
// one the part interrupted to the next anchor's, at most
// midInspectionDoubt.
func (p *plan) afterMidInspection(a anchor, stop, end int) {
	if stop >= end {
		return
	}
	lo, hi := a.resume, max(a.resume, a.next)
	if insp := p.m.sectionIndex(model.SectionInspection); lo <= insp {
		lo = min(insp+1, hi) // never back into the part itself by meaning
	}
	p.byMeaning(stop, end, lo, hi)
	for i := stop; i < end; i++ {
		s := &p.slots[i]
		if s.sec < lo || s.sec > hi {
			s.sec = a.resume
		}
		s.conf, s.runnerUp = min(s.conf, midInspectionDoubt), a.sec
		s.evidence = fmt.Sprintf("after the inspection part under %q, in the agency's own words, by meaning from %s on: %s",
			a.text, p.m.keys[lo], s.evidence)
	}
}
