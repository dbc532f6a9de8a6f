package rules

import (
	"fmt"
	"strings"
)

// gapConfidence is the confidence of a stretch placed by the gap rule when
// its words agree; gapDoubt when they point to the section before, or say
// nothing for the gap at all (headrules7: the place alone is weak
// evidence), so a reviewer checks.
const (
	gapConfidence = 0.8
	gapDoubt      = 0.55
)

// gapSection is the one required section strictly between cur and next (the
// sections of the matched headings around an agency's own heading), when
// there is exactly one: shape 3 of issue 11. An agency that names its
// sections in its own words between two it names in the template's
// ("Safeguarding provision" between "Agency context" and "Outcomes") most
// likely means the one that is missing. followed says a matched heading
// comes after; without one there is no gap to fill.
func (p *plan) gapSection(cur, next int, followed bool) (int, bool) {
	if !followed {
		return 0, false
	}
	gap, n := -1, 0
	for s := cur + 1; s < next; s++ {
		if p.m.required[s] {
			gap, n = s, n+1
		}
	}
	return gap, n == 1
}

// gapAnchor places the stretch under the unmatched heading at i in section
// gap. sum and cues are the stretch's cue scores per section.
func (p *plan) gapAnchor(i, cur, gap int, sum []float64, cues [][]string) anchor {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	conf := gapConfidence
	if sum[cur] > sum[gap] || sum[gap] <= 0 {
		conf = gapDoubt // its words say nothing for the gap: placed by where it stands alone
	}
	ev := fmt.Sprintf("heading %q names no section; it stands where %s is missing between %s and %s",
		text, p.m.keys[gap], p.m.keys[cur], p.m.keys[gap+1])
	if c := dedupe(cues[gap]); len(c) > 0 {
		ev += fmt.Sprintf(" (cues %s)", strings.Join(firstN(c, 5), ", "))
	}
	return anchor{at: i, sec: gap, conf: conf, text: text, byMeaning: ev, runnerUp: cur}
}
