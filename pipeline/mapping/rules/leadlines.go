package rules

import (
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Under an agency heading of its own ("Reflections", "Looking back") a
// statement may split two sections by bold lead lines: "What went well" /
// "What we must improve", "Key achievements" / "Where we need to do
// better" (issue 22, heldout7 and round3/tune6). The first, in the
// template's words, opens its section (an exact match opens at any depth);
// the second, matched only loosely (its idea words), stayed a sub-heading,
// and its text sat in the first's section at 0.95, silently. A loose match
// deeper than the section headings now opens its section when the section
// before it was opened by a heading of the same depth with no section
// heading between them: the agency uses these lines as its section
// headings here. It opens only forwards, never inspection, and at no more
// than leadLineConf.
//
// Elsewhere a deeper heading matching a later section still stays a
// sub-heading (a "Impact" line inside activity is usually activity's), but
// the stretch under it is flagged with that section as runner-up: its
// words name another section, so it must not look sure. Inside an
// inspection part such headings are the inspection's own and stay sure.

// leadLineConf caps the confidence of a section opened by a loose lead line.
const leadLineConf = 0.7

// leadLineOpens reports whether the heading at i, a loose match of section
// sec deeper than the section headings' level, opens sec after the anchors
// so far.
func (p *plan) leadLineOpens(i, sec, cur, level int, mt headingMatch, anchors []anchor) bool {
	insp := p.m.sectionIndex(model.SectionInspection)
	if len(anchors) == 0 || sec <= cur || sec == insp || !mt.ok() {
		return false
	}
	l := headingLevel(p.blocks[i])
	last := anchors[len(anchors)-1].at
	if !deeper(l, level) || !p.isHeadingBlock(last) || headingLevel(p.blocks[last]) != l ||
		!deeper(headingLevel(p.blocks[last]), level) {
		return false
	}
	for j := last + 1; j < i; j++ {
		if p.isHeadingBlock(j) && !deeper(headingLevel(p.blocks[j]), level) {
			return false
		}
	}
	return true
}

// doubtLaterSubHeadings flags the stretch under every sub-heading whose
// words match a section after the one it stays in.
func (p *plan) doubtLaterSubHeadings() {
	insp := p.m.sectionIndex(model.SectionInspection)
	for i := p.titleEnd; i < len(p.blocks); i++ {
		if p.slots[i].role != model.RoleSubHeading || p.slots[i].sec < 0 || p.slots[i].sec == insp {
			continue // an inspection's own headings ("Areas for improvement") stay its own
		}
		mt := p.match(i)
		sec := p.m.sectionIndex(mt.Section)
		if !mt.ok() || sec <= p.slots[i].sec || sec == insp {
			continue
		}
		for j := i; j < len(p.blocks) && (j == i || !p.isHeadingBlock(j)); j++ {
			s := &p.slots[j]
			if s.sec != p.slots[i].sec || s.conf <= stayDoubt {
				continue
			}
			s.conf, s.runnerUp = stayDoubt, sec
			s.evidence += fmt.Sprintf("; the sub-heading %q names %s: check", p.blocks[i].PlainText(), p.m.keys[sec])
		}
	}
}
