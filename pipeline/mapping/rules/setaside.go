package rules

import "github.com/reportpipe/reportpipe/pipeline/model"

// A statement with no section headings is placed by meaning, keeping the
// template's order. Some of its blocks are not part of that order: an
// inspection reported in the middle ("HM Inspectorate of Probation
// inspected the service in November ..." after the outcomes), a return
// form's instruction, field and contact lines, a glossary at the end. Left
// in, the order pulls them into the section around them and they pull the
// sections apart: the blocks after an inspection part went to whatever
// came after inspection's place, a glossary at the end dragged the plans
// forward (issue 22, the stripped reading). They are found by their shape,
// set aside (and a closing remark after the plans, closing.go, figures opening
// the statement, figuresfirst.go, the closing run of signature and contact
// lines, headlessending.go, and a preface or foreword, headlessopening.go), the rest is placed by meaning as if they were not there, and
// then they are placed on their own (aside.sec), each with the section of
// the statement around it as runner-up.

// aside is where a block set aside goes: its section (-1 unmapped), its
// confidence and why.
type aside struct {
	sec      int
	conf     float64
	evidence string
}

// setAside maps a statement with no section headings whose blocks include
// some set aside (headlessInspections, headlessFrame). It reports false,
// placing nothing, when there are none.
func (p *plan) setAside() bool {
	parts := map[int]aside{}
	p.headlessOpening(parts) // headlessopening.go
	p.headlessFrame(parts)
	p.headlessEnding(parts) // headlessending.go
	p.headlessInspections(parts)
	p.headlessClosing(parts)
	p.headlessFiguresFirst(parts)
	if len(parts) == 0 || len(parts) >= len(p.blocks)-p.titleEnd {
		return false
	}
	var kept []int
	for i := range p.blocks {
		if _, ok := parts[i]; !ok {
			kept = append(kept, i)
		}
	}
	sub := newPlan(p.m, pick(p.blocks, kept))
	sub.noAside = true
	sub.run()
	for k, i := range kept {
		p.slots[i] = sub.slots[k]
	}
	p.placeAside(parts)
	return true
}

// placeAside places the blocks set aside, each with the section of the
// nearest statement block before it (after it, at the start) as runner-up.
func (p *plan) placeAside(parts map[int]aside) {
	for i, a := range parts {
		around := -1
		for j := i - 1; j >= p.titleEnd && around < 0; j-- {
			if _, ok := parts[j]; !ok {
				around = p.slots[j].sec
			}
		}
		for j := i + 1; j < len(p.blocks) && around < 0; j++ {
			if _, ok := parts[j]; !ok {
				around = p.slots[j].sec
			}
		}
		p.slots[i] = slot{sec: a.sec, conf: a.conf, evidence: a.evidence, role: model.RoleContent, runnerUp: around}
	}
}

// pick returns blocks[i] for each i of idx, in order.
func pick(blocks []model.Block, idx []int) []model.Block {
	out := make([]model.Block, len(idx))
	for k, i := range idx {
		out[k] = blocks[i]
	}
	return out
}
