package pdf

import (
	"time"

	lpdf "github.com/ledongthuc/pdf"
)

// The structure tree, read as evidence. A tagged PDF says in its
// /StructTreeRoot what each piece of marked content is (a heading H1..H6,
// a paragraph P, a list L of items LI with a label Lbl and a body LBody, a
// table of rows TR and cells TH/TD). readStructure walks the tree once
// into tags, one per element that holds text, and a map from marked content
// (page, MCID) to its tag. The glyphs drawn in that content carry the tag
// (Mark, glyphs.go) into the lines the layout reader builds from them: the
// tree labels and groups those lines (structlabel.go), it never supplies
// or removes text. Content the tree does not reach, and artifacts, stay
// layout text as in an untagged file.

// Bounds on the walk: real trees are tens of levels deep and hold a node
// per paragraph or span; a tree that points back at itself is cut.
const (
	maxStructDepth = 64
	maxStructNodes = 200_000
)

// maxStructTime bounds the walk's time. The library inflates a whole
// object stream again for every object it reads from one, so the tree of
// a file that packs it in object streams can take seconds where its pages
// take milliseconds. A walk that runs out of time is dropped whole and the
// file read by its layout alone, as an untagged one: the tree only ever
// labels, so no text depends on it.
const maxStructTime = 750 * time.Millisecond

// tagKind is what the tree says a piece of marked content is.
type tagKind uint8

const (
	tPara tagKind = iota
	tHead
	tItem
	tCell
	tLabel // a list item's label (Lbl): its number or bullet
)

// mark is one marked-content sequence: a page (from 1) and an MCID.
type mark struct{ page, mcid int }

// tag is one structure element that holds text.
type tag struct {
	kind    tagKind
	level   int   // heading level, 0 when the role says none (H, Title)
	depth   int   // list nesting, from 0
	ordered bool  // a numbered list's item
	table   int32 // a cell's table, from 1
	row     int   // a cell's row and column in its table, from 0
	col     int
	item    int32 // a label's list item
}

// structure is a document's structure tree, read: tags[0] is unused, so
// that a glyph's Mark 0 means no tag.
type structure struct {
	tags  []tag
	owner map[mark]int32
}

// tagOf returns the tag index of marked content (page, mcid), 0 for none.
func (s *structure) tagOf(page int, mcid int32) int32 {
	return s.owner[mark{page, int(mcid)}]
}

// tableWalk is a table being walked: its id and its rows so far.
type tableWalk struct {
	id   int32
	rows int
	cols int // cells in the current row
}

// structWalk is the state of one walk over the tree.
type structWalk struct {
	s       *structure
	roles   lpdf.Value           // /RoleMap
	pageOf  func(lpdf.Value) int // a page dictionary's number
	nodes   int
	tables  int32
	until   time.Time // the walk's deadline
	late    bool      // the deadline passed: the walk is dropped
	ordered bool      // the list being walked is numbered
}

// readStructure reads the structure tree of r, pages being the page
// dictionaries in order; nil when there is none, or it names no content.
func readStructure(r *lpdf.Reader, pages []lpdf.Value) *structure {
	root := r.Trailer().Key("Root").Key("StructTreeRoot")
	if root.Kind() != lpdf.Dict {
		return nil
	}
	w := &structWalk{s: &structure{tags: make([]tag, 1), owner: map[mark]int32{}}, roles: root.Key("RoleMap"), pageOf: pageNumbers(pages), until: time.Now().Add(maxStructTime)}
	w.kids(root.Key("K"), 0, 0, 0, nil, 0)
	if w.late || len(w.s.owner) == 0 {
		return nil
	}
	return w.s
}

// role returns the standard structure type of element e, through the
// role map.
func (w *structWalk) role(e lpdf.Value) string { return standardRole(w.roles, e.Key("S").Name()) }

// standardRole follows the role map roles from structure type r to a
// standard one (a few steps: Word maps its style names there).
func standardRole(roles lpdf.Value, r string) string {
	for range 8 {
		if standardRoles[r] {
			return r
		}
		next := roles.Key(r)
		if next.Kind() != lpdf.Name {
			return r
		}
		r = next.Name()
	}
	return r
}

// page returns the page element e's /Pg names, or pg when it names none.
func (w *structWalk) page(e lpdf.Value, pg int) int {
	if p := e.Key("Pg"); p.Kind() == lpdf.Dict {
		if n := w.pageOf(p); n > 0 {
			return n
		}
	}
	return pg
}

// kids walks the /K entry k of an element: an MCID, a marked-content
// reference, an object reference (an annotation: no text here), a child
// element, or an array of these. cur is the tag inside a block, 0 at the
// level of grouping elements; anon is that level's paragraph for content
// directly in a grouping element.
func (w *structWalk) kids(k lpdf.Value, pg int, cur int32, list int, tbl *tableWalk, depth int) {
	w.nodes++
	if w.nodes%64 == 0 && time.Now().After(w.until) {
		w.late = true
	}
	if depth > maxStructDepth || w.nodes > maxStructNodes || w.late {
		return
	}
	switch k.Kind() {
	case lpdf.Integer:
		w.content(mark{pg, int(k.Int64())}, cur)
	case lpdf.Array:
		anon := int32(0)
		for i := 0; i < k.Len(); i++ {
			x := k.Index(i)
			if cur == 0 && x.Kind() == lpdf.Integer {
				if anon == 0 {
					anon = w.newTag(tag{kind: tPara})
				}
				w.content(mark{pg, int(x.Int64())}, anon)
				continue
			}
			w.kids(x, pg, cur, list, tbl, depth+1)
		}
	case lpdf.Dict:
		switch k.Key("Type").Name() {
		case "MCR":
			if id := k.Key("MCID"); id.Kind() == lpdf.Integer {
				w.content(mark{w.page(k, pg), int(id.Int64())}, cur)
			}
		case "OBJR":
		default:
			w.element(k, w.page(k, pg), cur, list, tbl, depth+1)
		}
	}
}

// content gives one marked-content sequence to cur (a paragraph of its
// own at the grouping level). The first element to claim it keeps it.
func (w *structWalk) content(m mark, cur int32) {
	if m.page == 0 || m.mcid < 0 {
		return
	}
	if _, seen := w.s.owner[m]; seen {
		return
	}
	if cur == 0 {
		cur = w.newTag(tag{kind: tPara})
	}
	w.s.owner[m] = cur
}

func (w *structWalk) newTag(t tag) int32 {
	w.s.tags = append(w.s.tags, t)
	return int32(len(w.s.tags) - 1)
}

// element walks one structure element.
func (w *structWalk) element(e lpdf.Value, pg int, cur int32, list int, tbl *tableWalk, depth int) {
	role, k := w.role(e), e.Key("K")
	if cur != 0 {
		w.inBlock(e, role, pg, cur, list, depth)
		return
	}
	switch {
	case role == "L":
		saved := w.ordered
		w.ordered = orderedList(e)
		w.kids(k, pg, 0, list+1, nil, depth)
		w.ordered = saved
	case role == "LI":
		id := w.newTag(tag{kind: tItem, depth: max(list-1, 0), ordered: w.ordered})
		w.kids(k, pg, id, list, nil, depth)
	case role == "Table":
		w.tables++
		w.kids(k, pg, 0, list, &tableWalk{id: w.tables}, depth)
	case tbl != nil && role == "TR":
		tbl.rows++
		tbl.cols = 0
		w.kids(k, pg, 0, list, tbl, depth)
	case tbl != nil && (role == "TH" || role == "TD"):
		tbl.rows = max(tbl.rows, 1)
		id := w.newTag(tag{kind: tCell, table: tbl.id, row: tbl.rows - 1, col: tbl.cols})
		tbl.cols++
		w.kids(k, pg, id, list, tbl, depth)
	case headingRole(role) >= 0:
		w.kids(k, pg, w.newTag(tag{kind: tHead, level: headingRole(role)}), list, nil, depth)
	case blockRoles[role]:
		w.kids(k, pg, w.newTag(tag{kind: tPara}), list, nil, depth)
	default: // a grouping element (Document, Sect, Div, ...) or a span
		w.kids(k, pg, 0, list, tbl, depth)
	}
}

// inBlock walks an element inside a block: its content joins the block
// (a list label to a label tag of the item's: the producer's own word that
// its number is a label), but for a list or table
// nested in the block, whose items and rows are blocks of their own.
func (w *structWalk) inBlock(e lpdf.Value, role string, pg int, cur int32, list int, depth int) {
	if role == "L" || role == "Table" {
		w.element(e, pg, 0, list, nil, depth)
		return
	}
	if role == "Lbl" && w.s.tags[cur].kind == tItem {
		w.kids(e.Key("K"), pg, w.newTag(tag{kind: tLabel, item: cur}), list, nil, depth)
		return
	}
	w.kids(e.Key("K"), pg, cur, list, nil, depth)
}

// headingRole returns the level of a heading role: 1..6 for H1..H6, 0 for
// H and Title (level from the font size), -1 for other roles.
func headingRole(role string) int {
	switch role {
	case "H", "Title":
		return 0
	}
	if len(role) == 2 && role[0] == 'H' && role[1] >= '1' && role[1] <= '6' {
		return int(role[1] - '0')
	}
	return -1
}

// orderedList reads a list's /ListNumbering attribute: numbers and
// letters are ordered; discs, circles, squares and none are not.
func orderedList(l lpdf.Value) bool {
	attrs := l.Key("A")
	one := func(a lpdf.Value) string { return a.Key("ListNumbering").Name() }
	n := one(attrs)
	for i := 0; n == "" && attrs.Kind() == lpdf.Array && i < attrs.Len(); i++ {
		n = one(attrs.Index(i))
	}
	switch n {
	case "Decimal", "UpperRoman", "LowerRoman", "UpperAlpha", "LowerAlpha", "Ordered":
		return true
	}
	return false
}

// blockRoles are the roles whose content is one paragraph.
var blockRoles = setOf("P", "Caption", "Figure", "Formula", "Note", "TOCI", "BlockQuote", "Code", "BibEntry", "Index", "Lbl", "LBody")

// standardRoles are the standard structure types (PDF 1.7 and 2.0).
var standardRoles = setOf("Document", "DocumentFragment", "Part", "Art", "Sect", "Div", "BlockQuote",
	"Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "Aside", "Title", "FENote",
	"H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody",
	"Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
	"Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
	"Warichu", "WT", "WP", "Figure", "Formula", "Form", "Em", "Strong", "Sub", "Artifact")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
