package rules

import "github.com/reportpipe/reportpipe/pipeline/model"

// Agencies often head their work by service or topic in their own words
// ("Health visiting", "School nursing", "Children in care"; "Adult
// wards", "Perinatal team"), several in a row between two template
// headings, each telling what the service is, what it did and what
// changed. The gap rule gives such a heading one missing section, and
// after the first the rest often land in outcomes (issue 22,
// round3/heldout10: a community health trust; tune9), with every
// paragraph of doing in them: "School nurses ran drop in sessions ...",
// "The team completed 512 health assessments ..." in outcomes at
// 0.55-0.70, the later ones silent. Under an agency's own heading placed
// in outcomes, a paragraph telling what the
// agency or its people did ("we introduced", "The team held ...") and no
// result (results.go) goes to activity, flagged with outcomes as runner-up.
// A template heading ("Outcomes") is trusted as before, and so is an
// agency heading placed in successes, whose paragraphs often tell what
// was done to be proud of ("Two children we worked with spoke at ...":
// round3/tune4).

// doingUnderOwnTopics moves such paragraphs to activity.
func (p *plan) doingUnderOwnTopics(anchors []anchor) {
	act := p.m.sectionIndex(model.SectionActivity)
	out := p.m.sectionIndex(model.SectionOutcomes)
	if act < 0 || out < 0 {
		return
	}
	for k, a := range anchors {
		own := a.byMeaning != "" || a.stays || a.topic
		if !own || a.mid || a.meaning || a.leadIn != "" || a.sec != out {
			continue
		}
		end := len(p.blocks)
		if k+1 < len(anchors) {
			end = anchors[k+1].at
		}
		for j := a.at + 1; j < end; j++ {
			s := &p.slots[j]
			if s.sec != a.sec || p.isHeadingBlock(j) || !p.tellsDoing(j) || p.hasResultForm(j) {
				continue
			}
			s.sec, s.conf, s.runnerUp = act, min(s.conf, stayDoubt), a.sec
			s.evidence += "; tells what was done, under the agency's own heading placed in " + string(p.m.keys[a.sec]) + ": activity, check"
		}
	}
}

// tellsDoing reports whether block i tells what the agency or its people did.
func (p *plan) tellsDoing(i int) bool {
	return pastDoing.Get().MatchString(p.blocks[i].PlainText()) || p.staffDoing(i)
}
