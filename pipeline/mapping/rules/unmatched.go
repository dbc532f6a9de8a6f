package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// stayBonus favours keeping an unmatched heading's stretch in the current
// section: the meaning of what follows must clearly point elsewhere.
const stayBonus = 2.0

// stayDoubt is the confidence of a stretch that stays in the current section
// although its cue words point to a later one: under mapping.low_confidence.
const stayDoubt = 0.55

// lastRequired is the last required section, or -1.
func (p *plan) lastRequired() int {
	for s := len(p.m.required) - 1; s >= 0; s-- {
		if p.m.required[s] {
			return s
		}
	}
	return -1
}

// strongestIn is the section among lo..hi with the highest score in sum.
func strongestIn(sum []float64, lo, hi int) int {
	best := lo
	for s := lo; s <= hi && s < len(sum); s++ {
		if sum[s] > sum[best] {
			best = s
		}
	}
	return best
}

// withUnmatched adds, among the anchors, the styled headings at the level of
// the document's section headings that name no section (an agency's own
// wording the template does not list yet, such as "Working together"). The
// stretch under each goes, as a whole, to the section its cues point to,
// between the current section and the next matched one; by default it stays
// in the current section, as a sub-heading would. Deeper headings are never
// treated so, and bold lines only where the section headings are bold lines
// too: otherwise they are sub-headings.
func (p *plan) withUnmatched(anchors []anchor) []anchor {
	if len(anchors) == 0 {
		return anchors
	}
	level := headingLevel(p.blocks[anchors[0].at])
	unordered := orderBroken(anchors)
	named := map[int]bool{}
	for _, a := range anchors {
		named[a.sec] = true
	}
	var out []anchor
	k := 0 // next anchor
	for i := anchors[0].at; i < len(p.blocks); i++ {
		if k < len(anchors) && anchors[k].at == i {
			out = append(out, anchors[k])
			k++
			continue
		}
		if !p.atLevel(i, level) || p.slots[i].role != model.RoleSubHeading {
			continue
		}
		hi := p.nextSection(anchors[k:])
		last := out[len(out)-1]
		if last.meaning {
			continue // its stretch is placed by meaning, this heading with it
		}
		if p.inInspectionPart(last) {
			if a, ok := p.unmatchedInInspection(i, last, hi, k < len(anchors)); ok {
				named[a.sec] = true
				out = append(out, a)
			}
			continue
		}
		cur := last.sec
		a := p.unmatchedAnchor(i, cur, hi, k < len(anchors))
		insp := p.m.sectionIndex(model.SectionInspection)
		if t, ok := p.textInspection(i, cur); ok { // textinspection.go
			a = t
		} else if t, ok := p.topicOf(i, out); ok && cur > insp {
			a = t
		} else if unordered && cur > insp {
			a = p.unorderedAnchor(i, cur, named)
		} else if m, ok := p.trailingMissing(i, cur, named); ok && k == len(anchors) && cur > insp {
			a = m
		} else if m, ok := p.missingAhead(i, cur, hi, k < len(anchors), named); ok && a.sec == cur && cur > insp {
			a = m
		}
		named[a.sec] = true
		out = append(out, a)
	}
	return out
}

// atLevel reports whether block i is a heading at the section headings'
// level: a styled heading of that level, or, in a statement whose section
// headings are bold lines (level 0), a bold line.
func (p *plan) atLevel(i, level int) bool {
	h, ok := p.blocks[i].(*model.Heading)
	if !ok {
		return false
	}
	if level == 0 {
		return h.Candidate
	}
	return !h.Candidate && h.Level == level
}

// unmatchedAnchor decides the section of the stretch under the unmatched
// heading at i: the stretch runs to the next heading of the same level.
// followed says a matched heading (of section hi) comes after it.
func (p *plan) unmatchedAnchor(i, cur, hi int, followed bool) anchor {
	sum, cues := p.stretchCues(i)
	if gap, ok := p.gapSection(cur, hi, followed); ok {
		if a, ok := p.gapLater(i, cur, gap, sum, cues); ok { // gapchoice.go
			return a
		}
		return p.gapAnchor(i, cur, gap, sum, cues)
	}
	best, bestScore := cur, math.Inf(-1)
	for s := cur; s <= hi && s < len(sum); s++ {
		v := p.m.tune.CueGain * math.Log1p(sum[s])
		if s == cur {
			v += stayBonus
		}
		if v > bestScore {
			best, bestScore = s, v
		}
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if best != cur {
		ev := fmt.Sprintf("heading %q names no section; by meaning of its text: cues %s (score %.1f)",
			text, strings.Join(firstN(dedupe(cues[best]), 5), ", "), sum[best])
		return anchor{at: i, sec: best, conf: movedByText, text: text, byMeaning: ev, runnerUp: cur}
	}
	a := anchor{at: i, sec: cur, conf: 0.7, text: text, runnerUp: -1, stays: true,
		byMeaning: fmt.Sprintf("heading %q names no section; stays in %s", text, p.m.keys[cur])}
	if o := strongestIn(sum, cur, hi); o != cur && sum[o] > sum[cur] {
		// Stays by default while its words point to a later section: the
		// reviewer should look, and the note names where.
		a.runnerUp, a.conf = o, stayDoubt
		a.byMeaning += fmt.Sprintf(", though its words point to %s (cues %s)", p.m.keys[o], strings.Join(firstN(dedupe(cues[o]), 3), ", "))
	} else if l := p.lastRequired(); !followed && l > cur {
		// No section heading follows and a required section after this one
		// has none: the agency may have named it in its own words ("Where
		// next"), so staying is a guess the reviewer should check.
		a.runnerUp, a.conf = l, stayDoubt
		a.byMeaning += fmt.Sprintf(", though no heading opens %s after it", p.m.keys[l])
	} else if cur < len(sum) && sum[cur] <= 0 {
		// Its words say nothing for the section it stays in: the heading
		// is the agency's own and nothing confirms the stretch belongs to
		// the section before it, so staying must not look sure.
		a.conf = stayDoubt
		a.byMeaning += ", though nothing in its words confirms that"
	}
	return a
}

// stretchCues sums, per section, the cue scores of the stretch under the
// heading at i (up to the next heading of its level), and lists the cues.
func (p *plan) stretchCues(i int) ([]float64, [][]string) {
	level := headingLevel(p.blocks[i])
	sum := make([]float64, len(p.m.keys))
	cues := make([][]string, len(p.m.keys))
	for j := i; j < len(p.blocks); j++ {
		if j > i && headingLevel(p.blocks[j]) == level && p.slots[j].role != model.RoleContent {
			break
		}
		h := p.m.cues.score(p.blocks[j].PlainText())
		for s := range sum {
			sum[s] += h.score[s]
			cues[s] = append(cues[s], h.cues[s]...)
		}
	}
	return sum, cues
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// movedByText is the confidence of an agency heading's stretch moved to a
// later section by the words under it alone. It was 0.6, just over the
// usual low-confidence line; over every round 3 set (styled and bold) such
// moves were right 8 times in 14 (headrules7), so they are flagged.
const movedByText = 0.55
