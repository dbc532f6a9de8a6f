package pdf

import (
	lpdf "github.com/ledongthuc/pdf"
)

// Marked content. A tagged PDF (browser print, Word's and LibreOffice's
// tagged export) wraps the text of each structure element in a sequence
// "/P <</MCID 3>> BDC ... EMC", and page furniture in "/Artifact BMC ...
// EMC". The interpreter keeps the open sequences so that every glyph knows
// its MCID, which the structure tree (structtree.go) ties to a heading, a
// list item or a table cell, and whether it is an artifact.

// maxMarkDepth bounds the open sequences kept: real content nests a few.
const maxMarkDepth = 256

// markStack is the open marked-content sequences of one content stream.
type markStack struct {
	open  []markEntry
	props lpdf.Value // the /Properties resources, for "/P /MC0 BDC"
}

type markEntry struct {
	mcid     int32 // 1 + MCID, 0 for none
	artifact bool
}

// op applies BMC, BDC or EMC. An EMC without a sequence open is ignored.
func (m *markStack) op(op string, args []lpdf.Value) {
	if op == "EMC" {
		if n := len(m.open); n > 0 {
			m.open = m.open[:n-1]
		}
		return
	}
	var e markEntry
	if len(args) >= 1 && args[0].Kind() == lpdf.Name {
		e.artifact = args[0].Name() == "Artifact"
	}
	if op == "BDC" && len(args) == 2 {
		props := args[1]
		if props.Kind() == lpdf.Name {
			props = m.props.Key(props.Name())
		}
		if id := props.Key("MCID"); id.Kind() == lpdf.Integer && id.Int64() >= 0 && id.Int64() < 1<<30 {
			e.mcid = int32(id.Int64()) + 1
		}
	}
	if len(m.open) < maxMarkDepth {
		m.open = append(m.open, e)
	}
}

// mark is the Mark of a glyph drawn now: artifactMark inside an artifact,
// else 1 + the MCID of the innermost sequence that has one, 0 for none.
func (m *markStack) mark() int32 {
	id := int32(0)
	for i := len(m.open) - 1; i >= 0; i-- {
		if m.open[i].artifact {
			return artifactMark
		}
		if id == 0 && m.open[i].mcid > 0 {
			id = m.open[i].mcid
		}
	}
	return id
}

// tagGlyphs turns the glyphs' marks (1 + MCID) into the structure tree's
// tags for page: 0 where the tree names no tag, or there is no tree.
// Artifacts keep artifactMark: their text is read like any other.
func tagGlyphs(gs []glyph, page int, s *structure) {
	for i := range gs {
		if m := gs[i].Mark; m > 0 {
			if s == nil {
				gs[i].Mark = 0
			} else {
				gs[i].Mark = s.tagOf(page, m-1)
			}
		}
	}
}
