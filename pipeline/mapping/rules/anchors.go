package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Confidences of anchors that are not section headings.
const (
	leadInConfidence     = 0.8  // a lead-in holding a wording of two words or more
	weakLeadInConfidence = 0.55 // ... of one word ("Risks:"): flagged for a reviewer
	statementConfidence  = 0.7  // the stretch under a heading naming the statement
)

// withLeadIns adds, inside the stretches of a headed document, the lead-ins
// that name a later section than their stretch's ("Our key successes this
// year were:" under "Outcomes and impact"): shape 4 of issue 11; and the
// paragraphs that open with a run-in heading ("Key successes: our ..."). The lead-in
// opens that section up to the next anchor. Never inside an inspection part
// (its "Areas for improvement:" are the inspection's), never backwards, and
// never past the next heading's section.
func (p *plan) withLeadIns(anchors []anchor) []anchor {
	insp := p.m.sectionIndex(model.SectionInspection)
	var out []anchor
	for k, a := range anchors {
		out = append(out, a)
		end, hi := len(p.blocks), p.nextSection(anchors[k+1:])
		if k+1 < len(anchors) {
			end = anchors[k+1].at
		}
		cur := a.sec
		for i := a.at + 1; i < end && cur != insp && !a.meaning; i++ {
			li, ok := p.leadInAt(i)
			w := ""
			if ok {
				_, w = p.m.headings.named(p.blocks[i].PlainText())
			} else if li, ok = p.runInAt(i); ok {
				w, _, _ = strings.Cut(p.blocks[i].PlainText(), ":")
			}
			if !ok || li.sec <= cur || li.sec > hi {
				continue
			}
			conf := leadInConfidence
			if len(strings.Fields(w)) < 2 {
				conf = weakLeadInConfidence
			}
			out = append(out, anchor{at: i, sec: li.sec, conf: conf, text: strings.TrimSpace(p.blocks[i].PlainText()),
				leadIn: li.how, runnerUp: cur})
			cur = li.sec
		}
	}
	return out
}

// closeInspection ends an inspection part at a heading that names the
// statement itself ("Northgate Police Assurance Statement", "Statement of
// assurance 2019-20"): shape 2 of issue 11. What follows, up to the next
// section heading, is the statement proper and is placed by meaning from
// the section after inspection on.
func (p *plan) closeInspection(anchors []anchor) []anchor {
	insp := p.m.sectionIndex(model.SectionInspection)
	if insp < 0 {
		return anchors
	}
	var out []anchor
	for k, a := range anchors {
		out = append(out, a)
		if a.sec != insp || a.byMeaning != "" {
			continue
		}
		end, hi := len(p.blocks), len(p.m.keys)-1
		if k+1 < len(anchors) {
			end, hi = anchors[k+1].at, anchors[k+1].sec
		}
		for i := a.at + 1; i < end; i++ {
			if _, ok := p.blocks[i].(*model.Heading); !ok || !p.namesStatement(i) {
				continue
			}
			text := strings.TrimSpace(p.blocks[i].PlainText())
			out = append(out, anchor{at: i, sec: min(insp+1, hi), conf: statementConfidence, text: text,
				byMeaning: fmt.Sprintf("heading %q names the statement: the inspection part ends here", text),
				meaning:   true, lo: min(insp+1, hi), hi: hi, runnerUp: insp})
			break
		}
	}
	return out
}
