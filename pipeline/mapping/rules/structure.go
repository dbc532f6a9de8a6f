package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Limits for lines that read like headings or titles.
const (
	maxHeadingWords = 14 // a bold line longer than this is a sentence in bold
	maxTitleWords   = 22
)

// documentWords mark a second line as a subtitle ("Annual safeguarding
// statement 2015-16") rather than content.
var documentWords = lazy.Re(`(?i)\b(statement|report|return|submission|annual|lscb|lsab|board)\b|\b(19|20)\d\d\b`)

// detectTitle returns how many leading blocks are title lines: 0, 1 or 2.
// The first block is a title when it only names the agency or document: a
// top-level heading, or a short line without end punctuation, that does not
// name a template section and has content after it. A second short line
// naming the document (statement, report, a year) is a subtitle.
func (p *plan) detectTitle() int {
	if len(p.blocks) < 2 || !p.titleLike(0) {
		return 0
	}
	if len(p.blocks) > 2 && p.titleLike(1) &&
		documentWords.Get().MatchString(p.blocks[1].PlainText()) {
		return 2
	}
	return 1
}

func (p *plan) titleLike(i int) bool {
	b, first := p.blocks[i], i == 0
	text := strings.TrimSpace(b.PlainText())
	if text == "" || wordCount(text) > maxTitleWords {
		return false
	}
	// A line naming a section is a heading, unless it is the first line,
	// the match is weak and the line names the document ("Safeguarding
	// Activity Report 2019").
	if m := p.match(i); m.ok() && (!first || m.Score >= 0.95 || !documentWords.Get().MatchString(text)) {
		return false
	}
	switch b := b.(type) {
	case *model.Heading:
		if !b.Candidate && b.Level > 0 && b.Level <= p.topLevel() {
			return true
		}
	case *model.Paragraph:
	default:
		return false
	}
	return wordCount(text) <= maxTitleWords && !endsSentence(text) && (first || wordCount(text) <= maxHeadingWords)
}

// topLevel is the shallowest level of the document's styled headings (1
// when a document starts its headings at level 2 still counts its first
// heading as the top).
func (p *plan) topLevel() int {
	top := 99
	for _, b := range p.blocks {
		if l := headingLevel(b); l > 0 {
			top = min(top, l)
		}
	}
	return top
}

// endsSentence reports whether text ends like a sentence or a lead-in.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, " \t\"'’”)")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") ||
		strings.HasSuffix(text, ";") || strings.HasSuffix(text, ",")
}

// isHeading reports whether block b acts as a heading: a styled heading, or
// a bold candidate that names a section or reads like a heading (short, not
// a sentence, followed by content).
func (p *plan) isHeading(i int) bool {
	h, ok := p.blocks[i].(*model.Heading)
	if !ok {
		return false
	}
	if !h.Candidate && h.Level > 0 {
		return true
	}
	text := strings.TrimSpace(h.Text)
	if text == "" || wordCount(text) > maxHeadingWords {
		return false
	}
	if p.match(i).ok() {
		return true
	}
	next := i + 1
	return !strings.HasSuffix(text, ".") && next < len(p.blocks) && !p.isHeadingBlock(next)
}

// isHeadingBlock is the shallow test used for "followed by content".
func (p *plan) isHeadingBlock(i int) bool {
	_, ok := p.blocks[i].(*model.Heading)
	return ok
}

// headingLevel treats bold candidates as level 0.
func headingLevel(b model.Block) int {
	if h, ok := b.(*model.Heading); ok && !h.Candidate {
		return h.Level
	}
	return 0
}

// decideHeadings marks every heading after the title as a section heading
// (returned as anchors, in order) or a sub-heading, and every bold candidate
// that does not read like a heading as content.
//
// A heading opens a section when it matches one, with three exceptions that
// keep it a sub-heading: an inspection heading once the statement proper has
// begun (an inspection reported inside "activity" belongs there); a weak
// (fuzzy or pattern) match deeper than the document's section headings (a
// bold line is deeper than styled headings); and
// a weak match that would go back to an earlier section.
func (p *plan) decideHeadings() []anchor {
	matches := map[int]headingMatch{}
	for i := p.titleEnd; i < len(p.blocks); i++ {
		if !p.isHeading(i) {
			continue
		}
		p.slots[i].role = model.RoleSubHeading
		if m := p.match(i); m.ok() {
			matches[i] = m
		}
	}
	level := sectionLevel(p.blocks, matches)
	var anchors []anchor
	cur := -1
	if p.inspectionTitle() {
		cur = p.m.sectionIndex(model.SectionInspection)
	}
	insp := p.m.sectionIndex(model.SectionInspection)
	closed := false // a heading named the statement: the inspection part is over
	resume := -1    // inside a mid-statement inspection part: the section it interrupted
	for i := p.titleEnd; i < len(p.blocks); i++ {
		mt, ok := matches[i]
		if !ok {
			closed = closed || cur == insp && p.slots[i].role == model.RoleSubHeading && p.namesStatement(i)
			continue
		}
		sec := p.m.sectionIndex(mt.Section)
		mid, lead := false, false
		switch {
		case resume >= 0:
			if sec == insp || deeper(headingLevel(p.blocks[i]), level) && mt.Score < 0.9 ||
				!p.resumesAfterInspection(i, sec, resume, mt) {
				continue
			}
		case insp >= 0 && sec == insp && cur > insp:
			if !p.midInspection(i, level) {
				continue
			}
			mid = true
		case !p.opens(i, sec, cur, level, mt, closed):
			if !p.leadLineOpens(i, sec, cur, level, mt, anchors) { // leadlines.go
				continue
			}
			lead = true
		}
		conf, runner := p.headingDoubt(mt)
		conf, runner = p.joinedDoubt(p.blocks[i].PlainText(), mt, conf, runner) // joined.go
		if lead {
			conf = min(conf, leadLineConf)
		}
		a := anchor{at: i, sec: sec, conf: conf, runnerUp: runner,
			text: strings.TrimSpace(p.blocks[i].PlainText()), m: mt, mid: mid, resume: cur}
		resume = -1
		if mid {
			resume = cur
		}
		cur = sec
		anchors = append(anchors, a)
	}
	return anchors
}

// opens decides whether the heading at i, matching section sec, opens it
// while the current section is cur. closed says a heading naming the
// statement has ended the inspection part.
func (p *plan) opens(i, sec, cur, level int, mt headingMatch, closed bool) bool {
	insp := p.m.sectionIndex(model.SectionInspection)
	act := p.m.sectionIndex(model.SectionActivity)
	switch {
	case insp >= 0 && sec == insp && cur > insp:
		return false
	case insp >= 0 && cur == insp && act >= 0 && sec > act && !closed &&
		(p.inspectionTitle() || inspectionHeadingWords.Get().MatchString(p.blocks[i].PlainText())):
		// Inside an inspection summary, "Strengths" and "Areas for
		// improvement" are the inspection's, not the statement's; a
		// heading with no inspection words ("Has it made a difference?")
		// is the statement's (issue 22, round3/tune4), except in a
		// document whose title names an inspection.
		return false
	case insp >= 0 && cur < 0 && act >= 0 && sec > act && i > p.titleEnd && p.leadingInspectionTo(p.titleEnd, i, true) == i:
		// The same inside a leading inspection part with no heading of its
		// own, which runs up to this line (issue 22).
		return false
	case deeper(headingLevel(p.blocks[i]), level) && mt.Score < 0.9:
		return false
	case sec < cur && mt.Score < 0.95, sec == cur:
		return false
	}
	return true
}

// inspectionTitle reports whether the document's title names an inspection
// ("Ofsted inspection report 2019"): the document is an inspection summary.
func (p *plan) inspectionTitle() bool {
	if p.titleEnd == 0 {
		return false
	}
	m := p.match(0)
	return m.ok() && m.Section == model.SectionInspection
}

// deeper reports whether a heading at level l sits below section headings at
// level section. A bold line (level 0) is below styled section headings.
func deeper(l, section int) bool {
	if l == 0 {
		return section > 0
	}
	return l > section
}

// ambiguousMargin: a heading whose best section scores less than this above
// the next one (and is not an exact wording) names both about as well.
const ambiguousMargin = 0.1

// headingDoubt is the confidence of a section heading's stretch and its
// runner-up (-1 for none): the next best section when it matches too, and a
// confidence under the usual mapping.low_confidence when it matches almost
// as well as the best.
func (p *plan) headingDoubt(mt headingMatch) (float64, int) {
	conf := headingConfidence(mt.Score)
	if mt.SecondScore < headingThreshold {
		return conf, -1
	}
	if mt.Score < 1 && mt.Score-mt.SecondScore < ambiguousMargin {
		conf = min(conf, ambiguousConfidence)
	}
	return conf, p.m.sectionIndex(mt.Second)
}

// ambiguousConfidence is the confidence under a heading that names two
// sections about equally.
const ambiguousConfidence = 0.55

// headingConfidence: 0.95 for a wording that matches exactly once normalised,
// less for a fuzzy or pattern match, down to about 0.7 at the threshold.
func headingConfidence(score float64) float64 {
	if score >= 1 {
		return 0.95
	}
	return 0.95 * score
}

// sectionLevel is the level of the document's section headings: the
// shallowest styled level among exact matches, or among all matches when
// none is exact; 0 (bold lines) when no styled heading matches.
func sectionLevel(blocks []model.Block, matches map[int]headingMatch) int {
	best, bestExact := 99, 99
	for i, m := range matches {
		l := headingLevel(blocks[i])
		if l == 0 {
			continue
		}
		best = min(best, l)
		if m.Score >= 0.95 {
			bestExact = min(bestExact, l)
		}
	}
	switch {
	case bestExact < 99:
		return bestExact
	case best < 99:
		return best
	}
	return 0
}
