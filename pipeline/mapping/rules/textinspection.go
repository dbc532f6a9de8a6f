package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An inspection is not always reported under a heading that says so:
// "External scrutiny", "A view from outside", "Outside eyes" name neither
// an inspectorate nor an inspection, and an abbreviation ("ISI visit,
// March 2020") is not one the template lists (issue 22, heldout7 and
// round3/tune6). Matched by its heading's words alone such a stretch stayed
// in the section before it, often silently. What carries the section is
// the text: a first paragraph that names an inspector and says what an
// inspection says, the same test as for an inspection heading after the
// statement proper began (midinspection.go). An agency heading at the
// section headings' level over such text opens an inspection part wherever
// it stands, and the statement resumes after it as after any mid-statement
// inspection part. The heading's words say nothing for it, so the part is
// placed at textInspectionConf, not at a matched heading's confidence.

// textInspectionConf: the text names an inspector and says two things an
// inspection says; the heading does not confirm it.
const textInspectionConf = 0.7

// textInspection returns the inspection anchor for the agency heading at i
// when its text reads as an inspection, the statement being in section cur
// (resumed after the part).
func (p *plan) textInspection(i, cur int) (anchor, bool) {
	insp := p.m.sectionIndex(model.SectionInspection)
	if insp < 0 || cur <= insp || !p.midInspection(i, headingLevel(p.blocks[i])) {
		return anchor{}, false
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	a := anchor{at: i, sec: insp, conf: textInspectionConf, text: text, mid: true, resume: cur, runnerUp: cur,
		byMeaning: fmt.Sprintf("heading %q names no section, but its text names an inspector and reads as an inspection", text)}
	sum, _ := p.stretchCues(i)
	sum[insp] = 0
	if o := strongestIn(sum, 0, len(sum)-1); sum[o] >= disagreeMin {
		// An inspector's praise told as a success ("the inspector praised
		// ...", "our team also won ...") reads as an inspection too: when
		// the stretch's words also point clearly to another section, the
		// part is a guess (textdisagrees.go's measure).
		a.conf, a.runnerUp = stayDoubt, o
		a.byMeaning += fmt.Sprintf(", though its words also point to %s", p.m.keys[o])
	}
	return a, true
}

// withLeadingOwnInspection handles an inspection part after the agency's
// own first headings, before the first matched heading ("Letter from the
// Head", "The school", then "ISI visit, March 2020" or "Ofsted in
// February"): the part is a mid-statement one, and what comes before it is
// the statement's opening (context), not a preamble to an inspection
// summary. It returns the anchors with such a part marked or added.
func (p *plan) withLeadingOwnInspection(anchors []anchor) []anchor {
	ctx := p.m.sectionIndex(model.SectionContext)
	insp := p.m.sectionIndex(model.SectionInspection)
	if len(anchors) == 0 || ctx < 0 || insp < 0 || ctx <= insp {
		return anchors
	}
	first := anchors[0].at
	if anchors[0].sec == insp {
		if p.ownOpening(p.titleEnd, first) {
			anchors[0].mid, anchors[0].resume, anchors[0].opening = true, ctx, true
		}
		return anchors
	}
	for j := p.titleEnd + 1; j < first; j++ {
		if p.slots[j].role != model.RoleSubHeading || !p.ownOpening(p.titleEnd, j) {
			continue
		}
		if a, ok := p.textInspection(j, ctx); ok {
			a.opening = true
			return append([]anchor{a}, anchors...)
		}
	}
	return anchors
}

// ownOpening reports whether blocks[a:b] hold an agency heading followed by
// content, with nothing read as an inspection: the statement has begun.
func (p *plan) ownOpening(a, b int) bool {
	heading, content := false, false
	for i := a; i < b; i++ {
		switch {
		case p.slots[i].role == model.RoleSubHeading:
			heading = true
		case heading && p.slots[i].role == model.RoleContent:
			if inspectorWords.Get().MatchString(p.blocks[i].PlainText()) {
				return false
			}
			content = true
		}
	}
	return content
}

// beforeOwnInspection places the opening before such a part: a cover
// letter first (letter.go), the rest by meaning from context up to hi (the
// section of the first matched heading after the part, or the last).
func (p *plan) beforeOwnInspection(first, ctx, hi int) {
	start := p.titleEnd
	if end := p.coverLetter(start, first); end > start {
		p.placeLetter(start, end)
		start = end
	}
	p.byMeaning(start, first, ctx, max(ctx, hi))
	p.doubtOpening(start, first, ctx)
}

// doubtOpening flags the opening's content blocks whose own words do not
// point to context, or say nothing of it (figures, "we trained"): only their place put them
// there, and a stretch before the first matched heading is squeezed to the
// start, so such a placement is a guess (round3/tune5, Fenmoor's figures
// before "What the regulator found").
func (p *plan) doubtOpening(a, b, ctx int) {
	for i := a; i < b; i++ {
		s := &p.slots[i]
		if s.sec != ctx || s.role != model.RoleContent || p.opensWithAgency(i) {
			continue
		}
		h := p.m.cues.score(p.blocks[i].PlainText())
		best := strongestIn(h.score, 0, len(h.score)-1)
		switch {
		case best != ctx && h.score[best] > h.score[ctx]:
			s.conf, s.runnerUp = min(s.conf, stayDoubt), best
			s.evidence += fmt.Sprintf("; its words point to %s, before an inspection part: check", p.m.keys[best])
		case h.score[ctx] <= 0:
			s.conf = min(s.conf, stayDoubt)
			s.evidence += "; nothing in its words says context, before an inspection part: check"
		}
	}
}

// afterTextInspection is the anchor of an agency heading after an
// inspection part found by its text alone: placed as after any
// mid-statement part, but never surely, since the part's end was a guess.
func (p *plan) afterTextInspection(i int, last anchor, hi int, followed bool) anchor {
	a := p.unmatchedAnchor(i, last.resume, max(hi, last.resume), followed)
	a.conf = min(a.conf, stayDoubt)
	return a
}
