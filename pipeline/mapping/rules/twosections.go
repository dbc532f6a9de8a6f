package rules

import (
	"fmt"
	"strings"
)

// A heading that names two neighbouring sections about equally ("Outcomes
// and successes", "Activity and impact") often heads a paragraph of each.
// Its stretch, when it has more than one block, is placed by meaning over
// just those two sections, in template order, and every block of it stays
// under the usual mapping.low_confidence with the other section as its
// runner-up: a reviewer looks at each either way, and the split saves a
// move when the paragraphs read as they are headed.

// twoSections reports the two neighbouring sections (in template order) an
// anchor's heading names about equally, and whether it does.
func (a anchor) twoSections() (lo, hi int, ok bool) {
	if a.runnerUp < 0 || a.conf > ambiguousConfidence || a.meaning || a.topic ||
		a.leadIn != "" || a.byMeaning != "" {
		return 0, 0, false
	}
	lo, hi = min(a.sec, a.runnerUp), max(a.sec, a.runnerUp)
	return lo, hi, hi-lo == 1
}

// splitTwoSections places blocks[a.at+1:end] over the two sections the
// heading names; it reports false (and places nothing) when the heading
// names one section or heads a single block.
func (p *plan) splitTwoSections(a anchor, end int) bool {
	lo, hi, ok := a.twoSections()
	if !ok || end-a.at-1 < 2 {
		return false
	}
	p.byMeaning(a.at+1, end, lo, hi)
	for i := a.at + 1; i < end; i++ {
		s := &p.slots[i]
		s.conf = min(s.conf, ambiguousConfidence)
		s.runnerUp = lo + hi - s.sec
		if s.sec < lo || s.sec > hi {
			s.sec, s.runnerUp = a.sec, a.runnerUp
		}
		s.evidence = fmt.Sprintf("under heading %q naming %s and %s, by meaning: %s",
			strings.TrimSpace(a.text), p.m.keys[lo], p.m.keys[hi], s.evidence)
	}
	return true
}
