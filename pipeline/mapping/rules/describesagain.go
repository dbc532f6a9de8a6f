package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Statements that go service by service describe each service again
// before its work: "Around one in eight of the calls we receive involves a
// child", "Our school nurses serve 142 primary and secondary schools". With
// no headings the template's order keeps such a paragraph in the section
// around it, activity, at up to 0.90: a silent error, though its words
// describe, not do (issue 22, heldout10 read with its headings taken out).
// Where it belongs is not certain (a reviewer may keep it with its
// service's work), so it is only flagged: a paragraph placed after context
// whose first sentence describes in the present (is, has, serves,
// involves, covers ...) with a count or a share, and does nothing, keeps
// its section at 0.55 with context as runner-up.

var (
	// describesVerb: a present-tense verb of describing.
	describesVerb = lazy.Re(`(?i)\b(?:is|are|has|have|serves?|covers?|involves?|employs?|includes?|cares for|looks after|supervises|comprises?)\b`)
	// countOrShare: a figure or a share ("142", "one in eight", "a third").
	countOrShare = lazy.Re(`(?i)\b\d[\d,.]*%?|\b(?:one|two|three) in (?:two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:a|one) (?:third|quarter|half)\b`)
	// changeWords: a change told in the present is work done ("now", "has
	// grown", "have risen").
	changeWords = lazy.Re(`(?i)\b(?:now|new|grown|risen|fallen|increased|reduced|improved|since|began|started)\b`)
)

// describesDoubt is the confidence of such a paragraph.
const describesDoubt = 0.55

// doubtDescriptions flags the paragraphs of a headingless statement that
// describe a service after context.
func (p *plan) doubtDescriptions() {
	ctx := p.m.sectionIndex(model.SectionContext)
	insp := p.m.sectionIndex(model.SectionInspection)
	if ctx < 0 {
		return
	}
	for i := p.titleEnd; i < len(p.blocks); i++ {
		s := &p.slots[i]
		if s.sec <= ctx || s.sec == insp || s.conf <= describesDoubt || s.role != model.RoleContent || !p.describesAgain(i) {
			continue
		}
		s.runnerUp, s.conf = ctx, describesDoubt
		s.evidence += "; it describes the service (a count, in the present) rather than saying what was done: context is as likely, check"
	}
}

// describesAgain reports whether paragraph i's first sentence describes in
// the present with a count or share and does nothing.
func (p *plan) describesAgain(i int) bool {
	if !p.isParagraph(i) {
		return false
	}
	return p.describesAgainText(p.blocks[i].PlainText())
}

// describesAgainText is describesAgain on a paragraph's text.
func (p *plan) describesAgainText(text string) bool {
	text = strings.TrimSpace(text)
	first := text
	if k := strings.Index(text, ". "); k > 0 {
		first = text[:k+1]
	}
	if !countOrShare.Get().MatchString(first) || !describesVerb.Get().MatchString(first) || changeWords.Get().MatchString(first) {
		return false
	}
	return !pastDoing.Get().MatchString(first) && !staffDoingRe.Get().MatchString(first) && !figureAgainst.Get().MatchString(first) &&
		!periodComparison.Get().MatchString(first) && !willWords.Get().MatchString(first)
}
