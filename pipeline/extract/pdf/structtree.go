package pdf

import (
	lpdf "github.com/ledongthuc/pdf"
)

// The structure tree. A tagged PDF says in its /StructTreeRoot what each
// piece of marked content is (a heading H1..H6, a paragraph P, a list L of
// items LI with a label Lbl and a body LBody, a table of rows TR and cells
// TH/TD) and in which order it is read. readStructure walks the tree once
// into structure blocks, each holding the marked content (page, MCID) that
// makes its text; structread.go then fills them with the page's glyphs.

// Bounds on the walk: real trees are tens of levels deep and hold a node
// per paragraph or span; a tree that points back at itself is cut.
const (
	maxStructDepth = 64
	maxStructNodes = 200_000
)

// sKind is what a structure block becomes.
type sKind int

const (
	sPara sKind = iota
	sHead
	sItem
	sTable
)

// mark is one marked-content sequence: a page (from 1) and an MCID.
type mark struct{ page, mcid int }

// sBlock is one block the structure tree names, in reading order.
type sBlock struct {
	kind    sKind
	level   int        // heading level, 0 when the tag says none (H, Title)
	depth   int        // list nesting, from 0
	ordered bool       // a numbered list's item
	rows    [][]*sCell // a table's rows of cells
	// Filled from the pages (structread.go): the glyphs of its text by
	// page, and of its list label.
	glyphs map[int][]glyph
	label  []glyph
}

// sCell is one table cell: the glyphs of its text by page.
type sCell struct{ glyphs map[int][]glyph }

// sink is where the marked content met during the walk goes: a block's
// text, a cell's, or a list label (dropped: the item's kind says it).
type sink struct {
	block *sBlock
	cell  *sCell
	label bool
}

// structure is a document's structure tree, read.
type structure struct {
	blocks []*sBlock
	owner  map[mark]sink
}

// structWalk is the state of one walk over the tree.
type structWalk struct {
	s       *structure
	roles   lpdf.Value     // /RoleMap
	pageOf  map[string]int // a page dictionary's text -> its number
	nodes   int
	ordered bool // the list being walked is numbered
}

// readStructure reads the structure tree of r, pages being the page
// dictionaries in order; nil when there is none, or it names no content.
func readStructure(r *lpdf.Reader, pages []lpdf.Value) *structure {
	root := r.Trailer().Key("Root").Key("StructTreeRoot")
	if root.Kind() != lpdf.Dict {
		return nil
	}
	w := &structWalk{s: &structure{owner: map[mark]sink{}}, roles: root.Key("RoleMap"), pageOf: map[string]int{}}
	for i, p := range pages {
		w.pageOf[nodeKey(p)] = i + 1
	}
	w.kids(root.Key("K"), 0, nil, 0, nil, 0)
	if len(w.s.owner) == 0 {
		return nil
	}
	return w.s
}

// role returns the standard structure type of element e, through the
// role map (a few steps: Word maps its style names there).
func (w *structWalk) role(e lpdf.Value) string {
	r := e.Key("S").Name()
	for range 8 {
		if standardRoles[r] {
			return r
		}
		next := w.roles.Key(r)
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
		if n, ok := w.pageOf[nodeKey(p)]; ok {
			return n
		}
	}
	return pg
}

// kids walks the /K entry k of an element: an MCID, a marked-content
// reference, an object reference (an annotation: no text here), a child
// element, or an array of these. cur is the sink inside a block, nil at
// the level of grouping elements; anon is that level's paragraph for
// content directly in a grouping element.
func (w *structWalk) kids(k lpdf.Value, pg int, cur *sink, list int, tbl *sBlock, depth int) {
	w.nodes++
	if depth > maxStructDepth || w.nodes > maxStructNodes {
		return
	}
	switch k.Kind() {
	case lpdf.Integer:
		w.content(mark{pg, int(k.Int64())}, cur)
	case lpdf.Array:
		var anon *sink
		for i := 0; i < k.Len(); i++ {
			x := k.Index(i)
			if cur == nil && x.Kind() == lpdf.Integer {
				if anon == nil {
					anon = w.newBlock(&sBlock{kind: sPara})
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
// own at the grouping level).
func (w *structWalk) content(m mark, cur *sink) {
	if m.page == 0 || m.mcid < 0 {
		return
	}
	if cur == nil {
		cur = w.newBlock(&sBlock{kind: sPara})
	}
	if _, seen := w.s.owner[m]; !seen {
		w.s.owner[m] = *cur
	}
}

func (w *structWalk) newBlock(b *sBlock) *sink {
	w.s.blocks = append(w.s.blocks, b)
	return &sink{block: b}
}

// element walks one structure element.
func (w *structWalk) element(e lpdf.Value, pg int, cur *sink, list int, tbl *sBlock, depth int) {
	role, k := w.role(e), e.Key("K")
	if cur != nil {
		w.inBlock(e, role, pg, cur, list, depth)
		return
	}
	switch {
	case role == "L":
		saved := w.ordered
		w.ordered = orderedList(e)
		w.kids(k, pg, nil, list+1, nil, depth)
		w.ordered = saved
	case role == "LI":
		b := &sBlock{kind: sItem, depth: max(list-1, 0), ordered: w.ordered}
		w.kids(k, pg, w.newBlock(b), list, nil, depth)
	case role == "Table":
		t := &sBlock{kind: sTable}
		w.s.blocks = append(w.s.blocks, t)
		w.kids(k, pg, nil, list, t, depth)
	case tbl != nil && role == "TR":
		tbl.rows = append(tbl.rows, nil)
		w.kids(k, pg, nil, list, tbl, depth)
	case tbl != nil && (role == "TH" || role == "TD"):
		if len(tbl.rows) == 0 {
			tbl.rows = append(tbl.rows, nil)
		}
		c := &sCell{}
		tbl.rows[len(tbl.rows)-1] = append(tbl.rows[len(tbl.rows)-1], c)
		w.kids(k, pg, &sink{cell: c}, list, tbl, depth)
	case headingRole(role) >= 0:
		w.kids(k, pg, w.newBlock(&sBlock{kind: sHead, level: headingRole(role)}), list, nil, depth)
	case blockRoles[role]:
		w.kids(k, pg, w.newBlock(&sBlock{kind: sPara}), list, nil, depth)
	default: // a grouping element (Document, Sect, Div, ...) or a span
		w.kids(k, pg, nil, list, tbl, depth)
	}
}

// inBlock walks an element inside a block: its content joins the block,
// but for a list's label (not text: the item's kind says it) and a list
// or table nested in a list item, whose items and rows are blocks of
// their own, after the item.
func (w *structWalk) inBlock(e lpdf.Value, role string, pg int, cur *sink, list int, depth int) {
	k := e.Key("K")
	switch {
	case cur.block != nil && cur.block.kind == sItem && role == "Lbl":
		w.kids(k, pg, &sink{block: cur.block, label: true}, list, nil, depth)
	case cur.block != nil && (role == "L" || role == "Table"):
		w.element(e, pg, nil, list, nil, depth)
	default:
		w.kids(k, pg, cur, list, nil, depth)
	}
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
