package rules

import (
	"fmt"
	"math"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// expectedPlace is where in a headingless statement each section tends to
// sit, as a share of the way through (0 start, 1 end).
var expectedPlace = map[model.SectionKey]float64{
	model.SectionInspection:  0.0,
	model.SectionContext:     0.08,
	model.SectionActivity:    0.35,
	model.SectionOutcomes:    0.6,
	model.SectionSuccesses:   0.75,
	model.SectionDevelopment: 0.92,
}

// byMeaning places blocks[a:b] by their cues, keeping template order within
// sections lo..hi. When the whole document is one stretch the position in
// the document counts too; a stretch before the first heading is usually a
// preamble, so there position counts towards the start.
func (p *plan) byMeaning(a, b, lo, hi int) {
	if a >= b {
		return
	}
	hits := make([]cueHits, b-a)
	total := 0.0
	agency := p.agencyTokens()
	for i := a; i < b; i++ {
		hits[i-a] = p.m.cues.score(p.blocks[i].PlainText())
		p.addStructure(i, &hits[i-a], agency)
		for _, s := range hits[i-a].score[lo : hi+1] {
			total += s
		}
	}
	if total == 0 {
		p.noEvidence(a, b, lo, hi)
		return
	}
	o, path, mix := p.bestRange(a, b, lo, hi, p.newStretch(a, b, hits))
	marg := o.marginals(p.m.tune.Temperature)
	if p.m.tune.MixRanges {
		marg = mix.marginals()
	}
	collapsed := p.collapsed(a, b, path)
	unevidenced := p.unevidencedInspection(a, b, path, hits)
	for i := a; i < b; i++ {
		s := path[i-a]
		conf := p.doubt(min(maxConfidence, marg[i-a][s]*support(hits[i-a], s, p.m.tune.Support)))
		if collapsed || unevidenced[i-a] {
			conf = min(conf, collapsedConfidence)
		}
		conf = ownCuesElsewhere(hits[i-a], s, conf) // owncues.go
		p.slots[i].sec, p.slots[i].conf = s, conf
		p.slots[i].runnerUp = runnerUp(marg[i-a], hits[i-a], s)
		p.slots[i].evidence = p.meaningEvidence(hits[i-a], s, conf)
		if collapsed {
			p.slots[i].evidence += "; the whole statement reads as one section"
		}
		if unevidenced[i-a] {
			p.slots[i].evidence += "; nothing near it reads as an inspection"
		}
	}
}

// runnerUp is the section a block placed in s by meaning might also be: the
// one with the next highest probability, or, when no other section has a
// real share of it, the one its own cue words point to; -1 when neither.
func runnerUp(marg []float64, h cueHits, s int) int {
	best, bestP := -1, minRunnerUp
	for t, v := range marg {
		if t != s && v > bestP {
			best, bestP = t, v
		}
	}
	if best < 0 {
		if o := strongest(h); o != s {
			return o
		}
	}
	return best
}

// minRunnerUp is the least probability that makes a section a runner-up.
const minRunnerUp = 0.05

// bestRange tries every range of sections r0..r1 within lo..hi that the
// stretch might cover, and keeps the best assignment. A whole statement
// covers context..development, but a statement split over two files, or one
// that leaves sections out, covers less: the expected places of the sections
// are spread over the range tried, and each required section outside it
// costs RangeCost (after the stretch only when it ends the document).
func (p *plan) bestRange(a, b, lo, hi int, st *stretch) (*ordered, []int, *rangeMix) {
	toEnd := b == len(p.blocks)
	mix := &rangeMix{temp: p.m.tune.Temperature}
	var bestO *ordered
	var bestPath []int
	bestScore := math.Inf(-1)
	for r0 := lo; r0 <= hi; r0++ {
		for r1 := r0; r1 <= hi; r1++ {
			o := p.chain(a, b, r0, r1, st)
			p.orderCosts(o, toEnd)
			path, score := o.best()
			rc := p.m.tune.RangeCost*p.outside(lo, r0, true) + p.m.tune.RangeEndCost*p.outside(r1+1, hi+1, toEnd)
			score -= rc
			if p.m.tune.MixRanges {
				mix.add(o, rc)
			}
			if score > bestScore {
				bestO, bestPath, bestScore = o, path, score
			}
		}
	}
	return bestO, bestPath, mix
}

// outside counts the required sections from..to-1, which lie outside the
// range tried; it is 0 unless counted.
func (p *plan) outside(from, to int, counted bool) float64 {
	if !counted {
		return 0
	}
	c := 0.0
	for s := from; s < to; s++ {
		if p.m.required[s] {
			c++
		}
	}
	return c
}

// chain builds the ordered problem for blocks[a:b] over sections lo..hi:
// the stretch's cue scores and costs, and the pull of each section's
// expected place spread over the range.
func (p *plan) chain(a, b, lo, hi int, st *stretch) *ordered {
	n := b - a
	o := &ordered{emit: make([][]float64, n), cost: st.cost, entry: st.entry, lo: lo, hi: hi}
	e0, e1 := expectedPlace[p.m.keys[lo]], expectedPlace[p.m.keys[hi]]
	for i := range n {
		o.emit[i] = make([]float64, len(p.m.keys))
		pos := 0.0
		if n > 1 {
			pos = float64(i) / float64(n-1)
		}
		if p.headed && b <= p.first && !p.ownSections(a, b) {
			pos *= 0.2 // a preamble before the first heading sits at the start
		}
		for s, key := range p.m.keys {
			d := pos - 0.5
			if e1 > e0 {
				d = pos - (expectedPlace[key]-e0)/(e1-e0)
			}
			o.emit[i][s] = st.cue[i][s] - p.m.tune.PositionWeight*d*d
		}
	}
	return o
}

// orderCosts fills the costs of leaving required sections out: jumped over
// between two blocks, before the first block, or (when the stretch ends the
// document) after the last.
func (p *plan) orderCosts(o *ordered, toEnd bool) {
	k := len(p.m.keys)
	missing := func(from, to int) float64 { // required sections in from..to-1
		c := 0.0
		for s := max(from, o.lo); s < to && s <= o.hi; s++ {
			if p.m.required[s] {
				c += p.m.tune.SkipCost
			}
		}
		return c
	}
	o.skip, o.start, o.end = make([][]float64, k), make([]float64, k), make([]float64, k)
	for s := range k {
		o.skip[s] = make([]float64, k)
		for t := s + 1; t < k; t++ {
			o.skip[s][t] = missing(s+1, t)
		}
		o.start[s] = missing(o.lo, s)
		if toEnd {
			o.end[s] = missing(s+1, k)
		}
	}
}

// noEvidence handles a stretch without a single cue: before the first
// heading it is a short preamble and goes to context (or the first allowed
// section); in a document with no headings at all nothing fits.
func (p *plan) noEvidence(a, b, lo, hi int) {
	sec, conf, ev := -1, 0.0, "no heading and no cue words: nothing fits"
	if p.headed {
		ctx := p.m.sectionIndex(model.SectionContext)
		sec = lo
		if ctx >= lo && ctx <= hi {
			sec = ctx
		}
		conf, ev = 0.4, "before the first heading, no cue words: taken as preamble"
	}
	for i := a; i < b; i++ {
		p.slots[i].sec, p.slots[i].conf, p.slots[i].evidence = sec, conf, ev
	}
}

func (p *plan) meaningEvidence(h cueHits, s int, conf float64) string {
	var ev string
	if cues := h.cues[s]; len(cues) > 0 {
		ev = fmt.Sprintf("by meaning: cues %s (score %.1f)", strings.Join(firstN(cues, 5), ", "), h.score[s])
	} else {
		ev = fmt.Sprintf("by meaning: no cues for %s; placed with its neighbours and by its place in the document", p.m.keys[s])
		if o := strongest(h); o >= 0 {
			ev += fmt.Sprintf(" (its own cues point to %s: %s)", p.m.keys[o], strings.Join(firstN(h.cues[o], 3), ", "))
		}
	}
	if conf < p.m.low {
		ev += fmt.Sprintf("; confidence %.2f is low, please check", conf)
	}
	return ev
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// strongest returns the section with the highest cue score, or -1 if none.
func strongest(h cueHits) int {
	best, score := -1, 0.0
	for s, v := range h.score {
		if v > score {
			best, score = s, v
		}
	}
	return best
}
