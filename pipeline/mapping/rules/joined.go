package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A heading that joins two ideas with "and" ("Who we are and what we do",
// "About us and our work", "Who we are and how we work") often heads a
// paragraph or two of each: the agency first, then what it did. Matched
// as a whole it names one section (the template even lists "Who we are
// and what we do" under context), so the paragraphs of the second idea
// stayed in the first at 0.95, silent (round3/heldout9, Harbourlight;
// round3/tune8). When each half, matched on its own, names a section and
// the two are neighbours, the heading names both: its stretch is placed by
// meaning over the two, flagged, as under "Outcomes and successes"
// (twosections.go). A half that names nothing ("Governance and
// accountability", "Learning and development") or the same section as the
// other ("Outcomes and impact") changes nothing.

// joinedDoubt returns the confidence and runner-up of a heading's stretch
// (from headingDoubt) lowered to the two-section doubt when the heading's
// two halves name neighbouring sections, one of them the heading's own.
func (p *plan) joinedDoubt(text string, mt headingMatch, conf float64, runner int) (float64, int) {
	if !strings.Contains(text, " and ") && !strings.Contains(text, " And ") && !strings.Contains(text, " AND ") {
		return conf, runner // most headings: no normalising, no matching
	}
	norm := mt.norm
	if norm == "" {
		norm = normaliseHeading(text)
	}
	a, b, ok := strings.Cut(norm, " and ")
	if !ok || strings.Contains(b, " and ") {
		return conf, runner
	}
	sa, sb := p.halfSection(a), p.halfSection(b)
	own := p.m.sectionIndex(mt.Section)
	if sa < 0 || sb < 0 || sa == sb || (sa != own && sb != own) {
		return conf, runner
	}
	other := sa + sb - own
	if other-own != 1 && own-other != 1 {
		return conf, runner
	}
	return min(conf, ambiguousConfidence), other
}

// halfSection is the section one half of a joined heading names on its
// own, or -1: a template wording exactly, or the patterns of one section
// only (no fuzzy overlap: a half is short, and this runs for every heading
// with "and"). A half in the first person about what the agency does now
// ("what we do", "how we work") names activity: as a heading on its own it
// would be read by the rest of its statement, but beside "who we are" it
// is the doing half.
func (p *plan) halfSection(half string) int {
	half = strings.TrimSpace(half)
	found := -1
	for k := range p.m.headings.sections {
		sm := &p.m.headings.sections[k]
		for _, w := range sm.wordings {
			if w.norm == half {
				return p.m.sectionIndex(sm.key)
			}
		}
		for _, re := range sm.patterns {
			if re.MatchString(half) {
				if found >= 0 && found != p.m.sectionIndex(sm.key) {
					return -1 // the patterns of two sections: it names neither
				}
				found = p.m.sectionIndex(sm.key)
				break
			}
		}
	}
	if found >= 0 {
		return found
	}
	toks := strings.Fields(half)
	if len(toks) < 2 || len(toks) > 5 || !ideaOpeners[toks[0]] && toks[0] != "how" {
		return -1
	}
	for _, t := range toks[1:] {
		if t == "do" || t == "work" {
			return p.m.sectionIndex(model.SectionActivity)
		}
	}
	return -1
}
