package rules

import (
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Weights of the structural evidence added to a block's cue scores when it
// is placed by meaning (the cue words' weights are 0.5-2).
const (
	leadInWeight  = 6.0 // a lead-in naming a section: as strong as three clear cues
	subjectWeight = 2.0 // a block opening with the agency's own name: about itself
)

// pastDoing is "we" with a past verb of doing ("we delivered", "we made 120
// home visits"): what was done in the year, activity evidence. The cue words
// weigh such verbs alone, where "introduced" may as well be a success; with
// "we" before them they report the agency's own work.
var pastDoing = lazy.Re(`(?i)\bwe\s+(?:also\s+)?(delivered|trained|ran|held|introduced|completed|attended|carried out|undertook|made|raised|set up|supported|provided|worked|reviewed|audited|added|appointed|launched|developed|established|implemented|rolled out|created|produced|wrote|rewrote|agreed|issued|moved|changed|commissioned|recruited|hosted|organised|facilitated|updated|revised)\b`)

// titleSeparator ends the agency's name in a title line ("Riverside Trust -
// Partner Agency Annual Statement", "Millbrook Ambulance Service: statement").
var titleSeparator = lazy.Re(`\s+[-–—:|]\s+|[:,(]`)

// agencyTokens are the tokens of the agency's name as the title line gives
// it, or nil when the document has no title of two words or more.
func (p *plan) agencyTokens() []string {
	if p.titleEnd == 0 {
		return nil
	}
	name := titleSeparator.Get().Split(strings.TrimSpace(p.blocks[0].PlainText()), 2)[0]
	toks := cueTokens(name)
	if len(toks) < 2 {
		return nil
	}
	return toks
}

// addStructure adds to the cue scores of block i what its form says: a
// lead-in that names a section opens it, "we" with a past verb of doing is
// activity, and a paragraph that opens with the agency's name ("Riverside College is a general further education
// college") describes the agency, which is context.
func (p *plan) addStructure(i int, h *cueHits, agency []string) {
	if li, ok := p.leadInAt(i); ok {
		h.score[li.sec] += leadInWeight
		h.cues[li.sec] = append(h.cues[li.sec], "lead-in naming the section")
	}
	if act := p.m.sectionIndex(model.SectionActivity); act >= 0 && p.m.tune.PastWeight > 0 && (pastDoing.Get().MatchString(p.blocks[i].PlainText()) || p.staffDoing(i)) {
		h.score[act] += p.m.tune.PastWeight
		h.cues[act] = append(h.cues[act], "what we did")
	}
	if dev := p.m.sectionIndex(model.SectionDevelopment); dev >= 0 && p.m.tune.PeriodWeight > 0 && p.m.period.laterPeriod(p.blocks[i].PlainText()) {
		h.score[dev] += p.m.tune.PeriodWeight
		h.cues[dev] = append(h.cues[dev], "names a later period")
	}
	p.addComparison(i, h)
	p.addAuditFinding(i, h) // auditfinding.go
	p.addTakenUp(i, h)      // takenup.go
	p.addTodoPlan(i, h)     // todoplan.go
	p.addLeadership(i, h)
	if ctx := p.m.sectionIndex(model.SectionContext); ctx >= 0 && p.opensWith(i, agency) {
		h.score[ctx] += subjectWeight
		h.cues[ctx] = append(h.cues[ctx], "opens with the agency's name")
	}
}

// opensWithAgency reports whether paragraph i opens with the agency's name.
func (p *plan) opensWithAgency(i int) bool {
	return p.opensWith(i, p.agencyTokens())
}

func (p *plan) opensWith(i int, agency []string) bool {
	if _, para := p.blocks[i].(*model.Paragraph); !para || agency == nil {
		return false
	}
	toks := cueTokens(p.blocks[i].PlainText())
	if len(toks) > 0 && toks[0] == "the" {
		toks = toks[1:]
	}
	return len(toks) > len(agency) && slices.Equal(toks[:len(agency)], agency)
}
