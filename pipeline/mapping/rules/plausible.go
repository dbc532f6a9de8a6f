package rules

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement-level plausibility check. A statement written under several
// headings spreads its text over several sections; when the placement ends
// with nearly all of it in one section, the headings most likely went
// unrecognised (an agency's own wording, bold lines read as text) and their
// stretches followed the section before them. Each placement there can look
// sure on its own, so the error would be silent. The check moves nothing: it
// lowers the confidence of the placements in the dominant section that no
// heading of that section vouches for directly, so a reviewer is warned.

const (
	// plausibleMinBlocks: shorter statements may honestly be one section.
	plausibleMinBlocks = 12
	// plausibleShare: the share of content blocks in one section above
	// which a statement with several headings is implausible.
	plausibleShare = 0.7
	// plausibleDoubt is the confidence left: under the usual
	// mapping.low_confidence of 0.6, so the placement is flagged.
	plausibleDoubt = 0.55
)

// doubtImplausible lowers the confidence of the placements in a section
// that holds out-of-proportion share of a headed statement.
func (p *plan) doubtImplausible() {
	counts, total := p.contentCounts()
	if total < plausibleMinBlocks || p.sectionHeadings() < 2 {
		return
	}
	dom, best := -1, 0
	for sec, n := range counts {
		if n > best {
			dom, best = sec, n
		}
	}
	if float64(best) < plausibleShare*float64(total) {
		return
	}
	why := fmt.Sprintf("; but %d of %d blocks of a statement with several headings ended in %s: implausible, check",
		best, total, p.m.keys[dom])
	for i := p.titleEnd; i < len(p.slots); i++ {
		s := &p.slots[i]
		if s.sec != dom || s.role != model.RoleContent || s.conf <= plausibleDoubt {
			continue
		}
		s.conf = plausibleDoubt
		s.evidence += why
	}
}

// contentCounts counts the content blocks placed in each section.
func (p *plan) contentCounts() (map[int]int, int) {
	counts, total := map[int]int{}, 0
	for i := p.titleEnd; i < len(p.slots); i++ {
		s := p.slots[i]
		if s.role != model.RoleContent || s.sec < 0 {
			continue
		}
		counts[s.sec]++
		total++
	}
	return counts, total
}

// sectionHeadings counts the blocks read as headings (of a section or an
// agency's own sub-heading).
func (p *plan) sectionHeadings() int {
	n := 0
	for _, s := range p.slots {
		if s.role == model.RoleSectionHeading || s.role == model.RoleSubHeading {
			n++
		}
	}
	return n
}
