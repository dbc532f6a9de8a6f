package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A success is often told as others taking up the agency's work rather
// than with a word of praise: "Our not brought alert has been adopted by
// the clinical commissioning group for every practice", "The scheme was
// adopted by two neighbouring forces", "Our course was asked for by two
// neighbouring dioceses", "The neonatal unit was the first in the region
// to ...", "two councils have visited to learn from it". With no cue word
// of the template's successes, such a paragraph went to outcomes or
// activity by its place (issue 22, heldout8 and heldout9 read with their
// headings taken out: flagged, but wrong). Being taken up, copied or first
// is successes evidence.

// takenUp: the agency's work adopted, asked for, copied or visited by
// others, or the agency the first to do something.
var takenUp = lazy.Re(`(?i)\b(?:(?:has been|have been|was|were|is being|are being|now) (?:adopted|taken up|rolled out|copied|asked for|requested) by|(?:adopted|taken up|copied) by (?:other|neighbouring|two|three|several|every|all)|(?:other|neighbouring|two|three|several) (?:\w+ ){0,2}(?:have|has) (?:visited|asked) (?:us )?to (?:learn|see|share|train)|(?:was|is|were|are|became|become) the first (?:\w+ ){0,3}?(?:in|for|to) (?:the |a )?(?:region|county|country|area|borough|city|england|wales|scotland|uk|council|nhs)\b|(?:asked|invited) (?:us )?to (?:train|share|present|speak) (?:\w+ ){0,3}?(?:other|their|neighbouring|across))`)

// takenUpWeight: a clear cue word and a half.
const takenUpWeight = 1.5

// addTakenUp adds successes evidence to h for block i when it tells of
// the agency's work taken up by others.
func (p *plan) addTakenUp(i int, h *cueHits) {
	suc := p.m.sectionIndex(model.SectionSuccesses)
	if suc < 0 || !takenUp.Get().MatchString(p.blocks[i].PlainText()) {
		return
	}
	h.score[suc] += takenUpWeight
	h.cues[suc] = append(h.cues[suc], "taken up by others")
}
