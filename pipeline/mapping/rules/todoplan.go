package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Plans are often a list of things to do with their lead-in gone with the
// heading: "Bring checks for all casual staff into our staff database by
// October 2020", "Record safeguarding supervision for every clinician in
// our electronic record by the end of 2020". Their words are those of the
// work itself (checks, training, supervision), so by meaning they went to
// the section before the plans, flagged (issue 22, heldout10 read with its
// headings taken out, and round3/tuneless7). A block opening with a verb
// of doing in the imperative that sets itself a date or speaks of "our"
// work is a plan of the agency's (ownplans.go): development evidence, as a
// later period is. Inspection parts are set aside before this is read; a
// list after a lead-in takes its lead-in's section anyway.

// todoPlanWeight: as strong as naming a later period.
const todoPlanWeight = 2

// addTodoPlan adds development evidence to h for block i when it is an
// imperative plan of the agency's.
func (p *plan) addTodoPlan(i int, h *cueHits) {
	dev := p.m.sectionIndex(model.SectionDevelopment)
	if dev < 0 || p.headed {
		return
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !todoVerb.Get().MatchString(text) || !ownWords.Get().MatchString(text) && !deadline.Get().MatchString(text) {
		return
	}
	h.score[dev] += todoPlanWeight
	h.cues[dev] = append(h.cues[dev], "a plan to do (an imperative with a date or \"our\")")
}
