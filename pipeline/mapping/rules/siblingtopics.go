package rules

// An agency heading that names no section keeps the current one by default
// (unmatched.go, 0.7): right for a sub-topic of that section. But when it
// follows another agency heading of its level that named no section
// either, the two are most often parallel topics of the agency's own
// ("Safe and well visits", "Young firesetters", "Cadets and schools";
// "Health visiting", "School nursing", "Children in care"), each telling
// what the service is, what it did, what changed and what it is proud of
// (issue 22, round3/heldout10: a fire service and a community health
// trust; tune9). Keeping the second in the first's section is then a
// guess: its description, its results and its recognition were placed
// there at 0.7, silent errors. The stretch of such a heading is flagged
// (0.55), the heading's section kept; what its words say is left to the
// other rules (results.go, topicdoing.go, textdisagrees.go).

// doubtSiblingTopics flags the stretches of agency headings that stay in the
// current section right after another agency heading that named none.
func (p *plan) doubtSiblingTopics(anchors []anchor) {
	for k := 1; k < len(anchors); k++ {
		a, prev := anchors[k], anchors[k-1]
		if !a.stays || a.conf < 0.6 || prev.byMeaning == "" || prev.meaning || prev.mid || prev.leadIn != "" ||
			headingLevel(p.blocks[a.at]) != headingLevel(p.blocks[prev.at]) {
			continue
		}
		end := len(p.blocks)
		if k+1 < len(anchors) {
			end = anchors[k+1].at
		}
		for j := a.at; j < end; j++ {
			s := &p.slots[j]
			if s.sec != a.sec || s.conf < 0.6 || s.conf > a.conf {
				continue
			}
			s.conf = stayDoubt
			s.evidence += "; a second agency heading in a row that names no section: a parallel topic, whose text may run over several sections, check"
		}
	}
}
