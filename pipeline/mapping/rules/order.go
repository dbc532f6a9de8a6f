package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Some agencies put their sections in their own order: priorities for next
// year before what was done, achievements before activity. The matched
// headings then go back in the template's order, and the usual reading of
// an agency's own heading (the section between the current one and the
// next, by the gap or by meaning) has no range to choose from: it would
// stay in the current section, confidently and often wrongly ("Our year"
// after "Our priorities for 2020-21" is not development).

// orderBroken reports whether the matched headings go back in the
// template's order somewhere.
func orderBroken(anchors []anchor) bool {
	prev := -1
	for _, a := range anchors {
		if a.mid {
			continue // an inspection part may come anywhere (midinspection.go)
		}
		if a.sec < prev {
			return true
		}
		prev = a.sec
	}
	return false
}

// unorderedAnchor places the stretch under an agency's own heading at i in a
// statement whose headings break the template's order. named holds the
// sections a heading has opened so far, anywhere in the statement. The
// heading most likely opens a required section that has none yet: the one
// such section, or among several the one its words (cues and what its
// sentences do: "we trained" is activity) point to, the first of them when
// they say nothing. It stays in the current section only when every
// required section has a heading, or its words point there more. The order
// gives no support either way, so the placement is flagged for a reviewer
// unless its words agree with it more than with any other section.
func (p *plan) unorderedAnchor(i, cur int, named map[int]bool) anchor {
	sum, cues := p.stretchWithStructure(i)
	var missing []int
	for s, req := range p.m.required {
		if req && !named[s] {
			missing = append(missing, s)
		}
	}
	best := cur
	if len(missing) > 0 {
		best = missing[0]
		for _, s := range missing {
			if sum[s] > sum[best] {
				best = s
			}
		}
		if sum[cur] > sum[best] {
			best = cur
		}
	}
	conf := stayDoubt
	if sum[best] > 0 && strongestIn(sum, 0, len(sum)-1) == best {
		conf = 0.6
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	ev := fmt.Sprintf("heading %q names no section, in a statement whose headings are not in the template's order; "+
		"placed in %s, a required section with no heading yet, by the meaning of its text", text, p.m.keys[best])
	if c := dedupe(cues[best]); len(c) > 0 {
		ev += fmt.Sprintf(" (cues %s)", strings.Join(firstN(c, 5), ", "))
	}
	runner := cur
	if best == cur && len(missing) > 0 {
		runner = missing[0]
	}
	return anchor{at: i, sec: best, conf: conf, text: text, byMeaning: ev, runnerUp: runner}
}

// stretchWithStructure is stretchCues with what the stretch's sentences do
// added (a lead-in, "we" with a past verb of doing, a later period).
func (p *plan) stretchWithStructure(i int) ([]float64, [][]string) {
	sum, cues := p.stretchCues(i)
	agency := p.agencyTokens()
	level := headingLevel(p.blocks[i])
	for j := i + 1; j < len(p.blocks); j++ {
		if headingLevel(p.blocks[j]) == level && p.slots[j].role != model.RoleContent {
			break
		}
		h := cueHits{score: make([]float64, len(sum)), cues: make([][]string, len(sum))}
		p.addStructure(j, &h, agency)
		for s := range sum {
			sum[s] += h.score[s]
			cues[s] = append(cues[s], h.cues[s]...)
		}
	}
	return sum, cues
}
