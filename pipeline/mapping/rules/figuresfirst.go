package rules

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Some statements open with their year in figures, before the agency says
// who it is ("2,310 contacts to the community safety team", "97% of young
// people admitted had a safeguarding screen within 24 hours, up from
// 82%"). With no headings, the template's order put them in context, the
// first section, at times confidently (issue 22, the stripped reading:
// context at 0.71). They are the year's numbers: a run of two or more
// paragraphs led by a figure at the start of the statement, whose cue
// words do not point to context, is set aside and goes to outcomes,
// flagged, activity the runner-up (what they count may as well be what
// was done).

// maxFigureLedWords bounds a paragraph led by a figure: a sentence or two.
const maxFigureLedWords = 30

// figuresFirstConf is the run's confidence, under the usual 0.6.
const figuresFirstConf = 0.55

// headlessFiguresFirst sets aside a run of figures opening the statement.
func (p *plan) headlessFiguresFirst(parts map[int]aside) {
	out := p.m.sectionIndex(model.SectionOutcomes)
	ctx := p.m.sectionIndex(model.SectionContext)
	start := p.titleEnd
	end := start
	for end < len(p.blocks) && p.figureLed(end) {
		end++
	}
	if out < 0 || ctx < 0 || end-start < 2 || end == len(p.blocks) {
		return
	}
	var sum []float64
	for i := start; i < end; i++ {
		h := p.m.cues.score(p.blocks[i].PlainText())
		if sum == nil {
			sum = make([]float64, len(h.score))
		}
		for s, v := range h.score {
			sum[s] += v
		}
	}
	for s, v := range sum {
		if s != ctx && v >= sum[ctx] && v > 0 || sum[ctx] == 0 {
			for i := start; i < end; i++ {
				parts[i] = aside{sec: out, conf: figuresFirstConf, evidence: "figures opening the statement, before the agency says who it is: the year's numbers, outcomes, check"}
			}
			return
		}
	}
}

// figureLed reports whether block i is a one-figure line or a short
// paragraph whose first word is a figure.
func (p *plan) figureLed(i int) bool {
	if p.figureLine(i) {
		return true
	}
	fields := strings.Fields(p.blocks[i].PlainText())
	return p.isParagraph(i) && len(fields) > 0 && len(fields) <= maxFigureLedWords && strings.IndexFunc(fields[0], unicode.IsDigit) >= 0
}
