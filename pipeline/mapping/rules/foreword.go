package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A headed statement may open with a foreword: a chief officer writing in
// the first person ("I am pleased to present ...", "I want to thank our
// officers ...") under a heading of their own ("Foreword from the
// Director", "The Chief Constable's message"), signed by name, before the
// template's first heading (issue 22, heldout8 and round3/tune7). Read by
// meaning it took the section of its few cue words, or of what came next:
// inspection at 0.84-0.90 for a foreword that mentioned a review. It is
// not the agency's account of any section; like a cover letter it goes
// to context, flagged, so a reviewer can mark it not part of the
// statement. Only the text says it is a foreword (the first person
// singular in its first paragraph); its heading's words are not read.

// firstPersonSingular: the writer speaking as one person.
var firstPersonSingular = lazy.Re(`(^|[^A-Za-z'’])(I(\s+(am|have|want|would|wish|hope|was|feel|know|welcome|write|commend|present|thank|believe|took|joined|started)\b|'m|’m|'ve|’ve)|[Mm]y (first|thanks|role|time|colleagues)\b)`)

// maxForewordBlocks bounds a foreword: a longer run before the first
// heading is more than a note from one person.
const maxForewordBlocks = 8

// doubtForeword places a foreword before the first section heading of a
// headed statement in context at closingConf, its section before as
// runner-up.
func (p *plan) doubtForeword() {
	start, end := p.titleEnd, p.first
	if start < 0 || end > len(p.blocks) || end-start < 2 || end-start > maxForewordBlocks {
		return
	}
	at := start
	if p.isHeadingBlock(at) {
		at++
	}
	if at >= end || !p.isParagraph(at) || !firstPersonSingular.Get().MatchString(p.blocks[at].PlainText()) {
		return
	}
	ctx := p.m.sectionIndex(model.SectionContext)
	if ctx < 0 {
		return
	}
	for i := start; i < end; i++ {
		s := &p.slots[i]
		if s.role == model.RoleTitle || s.sec < 0 || s.sec == ctx && s.conf <= closingConf {
			continue
		}
		if s.sec != ctx {
			s.runnerUp = s.sec
		}
		s.sec, s.conf = ctx, closingConf
		s.evidence = "a foreword in the first person before the statement's first section heading: placed in context; a reviewer may mark it not part of the statement"
	}
}
