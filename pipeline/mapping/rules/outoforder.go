package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// With no headings, the template's order decides much: a block can only
// be in a section at or after the one before it. Agencies do not always
// keep that order: a plan told right after the agency describes itself
// ("We will bring the two teams under one inspector in the coming year"),
// an award among what was done ("The trust's liaison service was
// shortlisted for a national award"). Placed by order they sat in the
// section around them (issue 22, the stripped reading). When a paragraph's
// own form names its section, a plan in the first person or an award won,
// and the order put it in an earlier section, it goes to the section its
// form names, flagged (0.55), the section the order chose as runner-up.
// "We will continue to ..." says what goes on, not a plan; an award a plan
// aims for is a plan.

var (
	// firstPersonPlan: a paragraph opening with a plan of the agency's.
	firstPersonPlan = lazy.Re(`(?i)^\W*(?:(?:next year|in the (?:coming|next) year|over the (?:next|coming) (?:year|twelve months)|in 20\d\d(?:[-/]\d\d(?:\d\d)?)?),?\s+)?we (?:will|plan to|intend to|aim to|are going to)\s+(\w+)`)
	// awardWon: an award or commendation received.
	awardWon = lazy.Re(`(?i)\b(?:won|shortlisted|short-listed|received|awarded|nominated|named)\b[^.]{0,60}\bawards?\b|\bhighly commended\b`)
	// willWords: a plan, whatever else it names.
	willWords = lazy.Re(`(?i)\b(?:will|plan(?:s|ned)? to|intend|aim to)\b`)
)

// outOfOrderConf is the confidence of a block moved by its form.
const outOfOrderConf = 0.55

// placeOutOfOrder moves the plans and awards of a headingless statement
// that the order put in an earlier section.
func (p *plan) placeOutOfOrder() {
	dev := p.m.sectionIndex(model.SectionDevelopment)
	suc := p.m.sectionIndex(model.SectionSuccesses)
	insp := p.m.sectionIndex(model.SectionInspection)
	for i := p.titleEnd; i < len(p.blocks); i++ {
		s := &p.slots[i]
		if !p.isParagraph(i) || s.sec < 0 || s.sec == insp || s.role != model.RoleContent {
			continue
		}
		to, why := p.ownSection(i, dev, suc)
		if to < 0 || s.sec >= to {
			continue
		}
		s.runnerUp, s.sec, s.conf = s.sec, to, outOfOrderConf
		s.evidence = why + ", told out of the template's order: " + string(p.m.keys[to]) + ", check"
	}
}

// ownSection is the section paragraph i's form names (-1 for none), and why.
func (p *plan) ownSection(i, dev, suc int) (int, string) {
	text := p.blocks[i].PlainText()
	if m := firstPersonPlan.Get().FindStringSubmatch(text); m != nil && dev >= 0 {
		if m[1] == "continue" || m[1] == "keep" {
			return -1, ""
		}
		return dev, "a plan in the agency's voice"
	}
	if awardWon.Get().MatchString(text) && !willWords.Get().MatchString(text) && suc >= 0 {
		return suc, "an award received"
	}
	if proudSuccess(text) && suc >= 0 { // proudof.go
		return suc, "a success the agency is proud of"
	}
	return p.resultSection(i) // resultamong.go
}
