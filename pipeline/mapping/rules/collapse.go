package rules

// A statement with no headings at all whose every block was read as one
// section has most likely not been understood: statements have several
// sections, and the usual failure is the whole text collapsing into the
// section whose words it uses most (a second half read as activity, an
// inspection summary and its statement read as one). Such placements are
// capped under mapping.low_confidence, so a reviewer checks them.
const (
	collapseMinBlocks   = 6   // shorter texts may well be one section
	collapsedConfidence = 0.5 // under the usual low_confidence of 0.6
)

// collapsed reports whether the headingless document's stretch a..b, of at
// least collapseMinBlocks blocks, was placed in one section throughout.
func (p *plan) collapsed(a, b int, path []int) bool {
	if p.headed || b-a < collapseMinBlocks || len(path) == 0 {
		return false
	}
	for _, s := range path {
		if s != path[0] {
			return false
		}
	}
	return true
}
