package rules

import (
	"fmt"
	"strings"
)

// The gap rule (gap.go) gives the one missing section to the first agency
// heading between two matched ones. When the agency used several headings
// there ("Leadership", "On the ground", "With our partners" between "Our
// organisation" and "Impact"; "Governance", "Workforce", "Partnerships"
// between "Who we are" and "Results": issue 22, round3/tune6 and
// heldout7), the first may still be the section before: who leads, who
// the board is. Which heading opens the missing section is then read from
// the text under each: a heading whose words point to the section before
// more than to the missing one stays there when a later agency heading can
// still open the gap; and when its words point both ways, the gap opens at
// it but flagged, since the boundary is a guess.

// gapLater decides the anchor for the agency heading at i in a gap (section
// gap missing after cur) when another agency heading at its level follows
// before the next matched heading; ok false leaves it to gapAnchor.
func (p *plan) gapLater(i, cur, gap int, sum []float64, cues [][]string) (anchor, bool) {
	if !p.laterOwnHeading(i) {
		return anchor{}, false
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if sum[cur] > sum[gap] {
		return anchor{at: i, sec: cur, conf: 0.7, text: text, runnerUp: gap,
			byMeaning: fmt.Sprintf("heading %q names no section; its words point to %s (cues %s), and a later heading can open %s",
				text, p.m.keys[cur], strings.Join(firstN(dedupe(cues[cur]), 3), ", "), p.m.keys[gap])}, true
	}
	if sum[cur] > 0 {
		a := p.gapAnchor(i, cur, gap, sum, cues)
		a.conf = gapDoubt
		a.byMeaning += fmt.Sprintf("; its words also point to %s, and later headings could open %s instead", p.m.keys[cur], p.m.keys[gap])
		return a, true
	}
	return anchor{}, false
}

// laterOwnHeading reports whether an agency heading at the level of the
// heading at i follows it before the next heading that names a section.
func (p *plan) laterOwnHeading(i int) bool {
	level := headingLevel(p.blocks[i])
	for j := i + 1; j < len(p.blocks); j++ {
		if !p.isHeadingBlock(j) || headingLevel(p.blocks[j]) != level {
			continue
		}
		return !p.match(j).ok()
	}
	return false
}
