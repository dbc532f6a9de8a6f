package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Who leads safeguarding is part of the agency's context, and statements
// say it in a paragraph of its own, a role as subject and the verb in the
// present tense: "The Director of Communities chairs the council's
// safeguarding group", "The Chief Nurse is the executive director for
// safeguarding and sits on both partnerships". With no heading, such a
// paragraph after the description went to activity when its words named
// none of the context cues (issue 22, the stripped reading). A paragraph
// opening with a role (Director, Head, Chief, Lead, Manager, Officer,
// named or designated nurse or doctor, Principal, Headteacher, Chair ...)
// and a present-tense verb of holding a role is context evidence. "The
// named midwife ran monthly supervision" (the past tense) tells what was
// done, and is not read.
var leadershipLine = lazy.Re(`(?i)^\W*(?:the |our |a |an |each |every )?(?:[a-z'’\-]+\s+){0,2}?(?:director|head|chief|lead|manager|officer|nurse|doctor|midwife|principal|headteacher|head teacher|chair|superintendent|commissioner|constable|executive|governor|trustee|coordinator|co-ordinator|champion)s?\b(?:\s+(?:of|for)\s+(?:[a-z'’\-]+\s+){0,4}?[a-z'’\-]+)?\s+(?:is|are|chairs|leads|reports|sits|holds|oversees|acts|has|remains)\b`)

// leadershipWeight: a clear cue word and a half.
const leadershipWeight = 1.5

// addLeadership adds context evidence to h for block i when it says who
// leads.
func (p *plan) addLeadership(i int, h *cueHits) {
	ctx := p.m.sectionIndex(model.SectionContext)
	if ctx < 0 || !p.isParagraph(i) || !leadershipLine.Get().MatchString(p.blocks[i].PlainText()) {
		return
	}
	h.score[ctx] += leadershipWeight
	h.cues[ctx] = append(h.cues[ctx], "who leads, in the present tense")
}
