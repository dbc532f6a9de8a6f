package rules

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An agency may tell its last inspection inside its introduction: under
// "Introduction", after a paragraph or two describing itself, "Ofsted
// inspected the college in February 2020 and judged it good ..." and what
// the inspectors asked for (issue 22, heldout8 and round3/tune7). Under a
// matched context heading those paragraphs took the heading's confidence:
// silent errors. What says otherwise is the text: a paragraph after the
// opening that names an inspector and says what an inspection says (the
// test midinspection.go puts to the first paragraph under a heading),
// with every block after it to the section's end naming an inspection or
// a judgement. That tail goes to inspection, flagged (the heading said
// context), with context as runner-up. Other sections' stretches are left
// alone: an inspection told among successes or plans is often one.

// inspectionTails moves such a tail of every matched context stretch.
func (p *plan) inspectionTails(anchors []anchor) {
	ctx := p.m.sectionIndex(model.SectionContext)
	insp := p.m.sectionIndex(model.SectionInspection)
	if ctx < 0 || insp < 0 {
		return
	}
	for k, a := range anchors {
		if a.sec != ctx || a.byMeaning != "" || a.meaning {
			continue
		}
		end := len(p.blocks)
		if k+1 < len(anchors) {
			end = anchors[k+1].at
		}
		if j := p.inspectionTail(a.at+1, end, ctx); j >= 0 {
			for i := j; i < end; i++ {
				s := &p.slots[i]
				s.sec, s.conf, s.runnerUp = insp, min(s.conf, stayDoubt), ctx
				s.evidence = "under a context heading, its text names an inspector and reads as an inspection: inspection, check"
			}
		}
	}
}

// inspectionTail returns where an inspection tail of blocks[a:b] starts, or
// -1: not at the stretch's first block, a paragraph that reads as an
// inspection, every block after it naming an inspection or a judgement.
func (p *plan) inspectionTail(a, b, ctx int) int {
	for j := a + 1; j < b; j++ {
		if p.slots[j].sec != ctx || !p.isParagraph(j) {
			continue
		}
		text := p.blocks[j].PlainText()
		if !inspectorWords.Get().MatchString(text) || p.opensWithAgency(j) || signals(text) < 2 {
			continue
		}
		for i := j; i < b; i++ {
			t := p.blocks[i].PlainText()
			if p.isHeadingBlock(i) || p.slots[i].sec != ctx ||
				!inspectorWords.Get().MatchString(t) && !judgementWords.Get().MatchString(t) {
				return -1
			}
		}
		return j
	}
	return -1
}
