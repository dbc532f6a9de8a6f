package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// slot is the decision for one block while a plan is worked out.
type slot struct {
	sec      int // index into Mapper.keys; -1 is unmapped
	conf     float64
	evidence string
	role     model.Role
	runnerUp int // the next best section, -1 for none
}

// anchor is a heading that opens a section.
type anchor struct {
	at   int // block index of the heading
	sec  int
	conf float64
	text string
	m    headingMatch
	// byMeaning is set for a heading at the section headings' level that
	// names no section: its stretch was placed by meaning; this is why.
	byMeaning string
	// leadIn is set for a line of text that names a section (a lead-in such
	// as "Our key successes this year were:"): it stays content.
	leadIn string
	// meaning, for a heading naming the statement after an inspection part,
	// places its stretch by meaning over sections lo..hi.
	meaning bool
	lo, hi  int
	// runnerUp is the section the stretch might also be, -1 for none.
	runnerUp int
	// topic is set for an agency's own heading that is a topic of the
	// section heading before it (topics.go).
	topic bool
	// mid is set for an inspection heading after the statement proper
	// began (midinspection.go); resume is the section it interrupted.
	mid    bool
	resume int
	// opening is set for such a part after the agency's own opening
	// headings, before any matched one (textinspection.go): what follows
	// it is placed by meaning from context on, as after a leading part.
	opening bool
	// stays is set for an agency's own heading that names no section and
	// keeps the current one by default (unmatched.go).
	stays bool
	// next is the section of the next anchor (the last section for the
	// last anchor; the highest its stretch may take when that is placed by
	// meaning), set just before the stretch is placed.
	next int
}

// plan maps one document: titles first, then headings that open sections,
// then the stretches between them by heading or by meaning.
type plan struct {
	m        *Mapper
	blocks   []model.Block
	slots    []slot
	titleEnd int  // blocks[:titleEnd] are title lines
	headed   bool // the document has at least one section heading
	first    int  // the block index of the first section heading
	matches  map[int]headingMatch
	noAside  bool // the blocks set aside are already out (setaside.go)
}

// match matches block i as a heading, once per block.
func (p *plan) match(i int) headingMatch {
	if m, ok := p.matches[i]; ok {
		return m
	}
	m := p.m.headings.match(p.blocks[i].PlainText())
	p.matches[i] = m
	return m
}

func newPlan(m *Mapper, blocks []model.Block) *plan {
	p := &plan{m: m, blocks: blocks, slots: make([]slot, len(blocks)), matches: map[int]headingMatch{}}
	for i := range p.slots {
		p.slots[i] = slot{sec: -1, role: model.RoleContent, runnerUp: -1}
	}
	return p
}

func (p *plan) run() {
	p.titleEnd = p.detectTitle()
	anchors := p.withLeadingOwnInspection(p.decideHeadings())
	p.headed = len(anchors) > 0
	first := len(p.blocks)
	if len(anchors) > 0 {
		first = anchors[0].at
	}
	p.first = first
	hi := len(p.m.keys) - 1
	if len(anchors) > 0 {
		hi = anchors[0].sec
	}
	insp := p.m.sectionIndex(model.SectionInspection)
	switch {
	case insp >= 0 && p.inspectionTitle():
		p.underTitle(first, insp)
	case len(anchors) > 0 && anchors[0].mid:
		after := len(p.m.keys) - 1
		if len(anchors) > 1 {
			after = anchors[1].sec
		}
		p.beforeOwnInspection(first, anchors[0].resume, after) // textinspection.go
	case !p.headed && !p.noAside && p.setAside():
		// A headingless statement with blocks outside the template's
		// order: placed, titles too (with the statement, not a block set
		// aside).
		return
	default:
		p.beforeHeadings(first, hi)
		p.ownOrderBefore(p.titleEnd, first, hi) // ownorder.go
	}
	if !p.headed {
		p.placeOutOfOrder()
		p.doubtDescriptions() // describesagain.go
	}
	anchors = p.withLeadIns(p.withUnmatched(p.closeInspection(anchors)))
	for k, a := range anchors {
		end := len(p.blocks)
		a.next = len(p.m.keys) - 1
		if k+1 < len(anchors) {
			end, a.next = anchors[k+1].at, anchors[k+1].sec
			if anchors[k+1].meaning {
				a.next = anchors[k+1].hi // its stretch is placed by meaning up to hi
			}
		}
		p.underHeading(a, end)
	}
	if p.headed {
		p.doubtRunIns()
		p.unmapFormLines()
		p.doubtLaterSubHeadings()      // leadlines.go
		p.doubtLooseHeadings(anchors)  // textdisagrees.go
		p.unmapClosing()               // contactdetails.go
		p.doubtForeword()              // foreword.go
		p.inspectionTails(anchors)     // contextinspection.go
		p.resultsAmongDoing()          // results.go
		p.doingUnderOwnTopics(anchors) // topicdoing.go
		p.doubtSiblingTopics(anchors)  // siblingtopics.go
		p.doubtImplausible()
	}
	p.placeTitles()
	p.unmapAboutStatement() // aboutstatement.go
	p.unmapDocumentNotes()  // documentnotes.go
}

// beforeHeadings places the blocks from the title to the first section
// heading (the whole document when it has none): a cover letter first, a
// leading inspection summary next, then the rest by meaning, from context
// on when there was one.
func (p *plan) beforeHeadings(first, hi int) {
	start, lo := p.titleEnd, 0
	if end := p.coverLetter(start, first); end > start {
		// A cover letter first (letter.go): what follows it up to the first
		// heading is read as if the statement began there.
		p.placeLetter(start, end)
		start = end
	}
	if end := p.leadingInspection(start, first); end > start {
		p.placeInspection(start, end)
		start, lo = end, min(hi, p.m.sectionIndex(model.SectionInspection)+1)
	}
	p.byMeaning(start, first, lo, hi)
}

// underHeading places the heading at a.at and every block up to end in the
// heading's section.
func (p *plan) underHeading(a anchor, end int) {
	p.slots[a.at] = slot{sec: a.sec, conf: a.conf, role: model.RoleSectionHeading,
		evidence: a.m.evidence(a.text), runnerUp: a.runnerUp}
	ev := fmt.Sprintf("under heading %q (%s, %.2f)", a.text, p.m.keys[a.sec], a.m.Score)
	switch {
	case a.leadIn != "":
		p.slots[a.at].role, p.slots[a.at].evidence = model.RoleContent, a.leadIn
		ev = "after " + a.leadIn
	case a.byMeaning != "":
		p.slots[a.at].role, p.slots[a.at].evidence = model.RoleSubHeading, a.byMeaning
		ev = a.byMeaning
	}
	if a.meaning {
		p.byMeaning(a.at+1, end, a.lo, a.hi)
		return
	}
	if p.placeMidInspection(a, end) {
		return
	}
	if p.splitTwoSections(a, end) {
		return
	}
	for i := a.at + 1; i < end; i++ {
		p.slots[i].sec, p.slots[i].conf, p.slots[i].evidence, p.slots[i].runnerUp = a.sec, a.conf, ev, a.runnerUp
	}
}

// underTitle places the blocks before the first section heading in the
// section the title names (an inspection summary).
func (p *plan) underTitle(end, sec int) {
	ev := fmt.Sprintf("the title %q names an inspection", strings.TrimSpace(p.blocks[0].PlainText()))
	for i := p.titleEnd; i < end; i++ {
		p.slots[i].sec, p.slots[i].conf, p.slots[i].evidence = sec, 0.85, ev
	}
}

// placeTitles puts title lines in the section of the first block after them
// (a title is not content, but every placement needs a valid section).
func (p *plan) placeTitles() {
	sec := -1
	if p.titleEnd < len(p.slots) {
		sec = p.slots[p.titleEnd].sec
	} else if len(p.m.keys) > 0 {
		sec = p.m.sectionIndex(model.SectionContext)
	}
	for i := 0; i < p.titleEnd; i++ {
		p.slots[i] = slot{sec: sec, conf: 0.9, role: model.RoleTitle, runnerUp: -1,
			evidence: "first line names the agency or document: title, not content"}
	}
}

func (p *plan) placements() []model.Placement {
	out := make([]model.Placement, len(p.blocks))
	for i, b := range p.blocks {
		s := p.slots[i]
		key := model.SectionUnmapped
		if s.sec >= 0 {
			key = p.m.keys[s.sec]
		}
		out[i] = model.Placement{Block: b, Section: key, Confidence: clamp01(s.conf),
			Evidence: s.evidence, Mapper: "rules", Role: s.role}
		if s.runnerUp >= 0 && s.runnerUp != s.sec {
			out[i].RunnerUp = p.m.keys[s.runnerUp]
		}
	}
	return out
}

func clamp01(x float64) float64 {
	return max(0, min(1, x))
}
