package docx

import (
	"strconv"
)

// table describes a table to write. The first row is the header row.
type table struct {
	Rows      [][]string
	Highlight string
	// RowHighlights, when set, gives each row its own highlight.
	RowHighlights []string
	Comments      []int // anchored in the first cell
	Header        bool
	// Small writes the cells in 9 pt, for wide tables of our own.
	Small bool
	// Bookmark is the provenance bookmark, in the first cell (see marks).
	Bookmark int
	// Cell, when set, gives the runs of cell (i, j) in place of its text
	// (nil keeps the text), for links; the text still lays out the column.
	Cell func(i, j int) []run
	// Name names the first cell's paragraph, for links to the table.
	Name string
}

// table writes t with a grid, a header row repeated across pages and a
// paragraph in every cell (Word refuses a cell without one). Short rows are
// padded so the grid is rectangular.
func (w *body) table(t table) {
	widths, size, indent := t.columns()
	if len(widths) == 0 {
		return
	}
	if w.lastTable {
		w.para(para{}) // keeps two tables from fusing into one
	}
	b := &w.b
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="` + w.st.id("TableGrid") + `"/><w:tblW w:w="` + strconv.Itoa(sum(widths)) + `" w:type="dxa"/>` +
		`<w:tblInd w:w="` + strconv.Itoa(-indent) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(wd) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for i := range t.Rows {
		b.WriteString(`<w:tr>`)
		if i == 0 && t.Header {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for j, wd := range widths {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(wd) + `" w:type="dxa"/></w:tcPr>`)
			w.para(t.cellPara(i, j, size))
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	w.lastTable = true
}

// cellPara is the paragraph of cell (i, j): its text (or the runs Cell
// gives) in the row's highlight, bold in a header row, at size; the first
// cell carries the table's comments and bookmark.
func (t table) cellPara(i, j, size int) para {
	cell := ""
	if j < len(t.Rows[i]) {
		cell = t.Rows[i][j]
	}
	head := i == 0 && t.Header
	hl := t.Highlight
	if i < len(t.RowHighlights) {
		hl = t.RowHighlights[i]
	}
	p := para{Runs: []run{{Text: cell, Bold: head, Highlight: hl, Size: size}}}
	if t.Cell != nil {
		if rs := t.Cell(i, j); rs != nil {
			for k := range rs {
				rs[k].Bold, rs[k].Highlight, rs[k].Size = head, hl, size
			}
			p.Runs = rs
		}
	}
	if i == 0 && j == 0 {
		p.Comments, p.Bookmark, p.Name = t.Comments, t.Bookmark, t.Name
	}
	return p
}

// columns lays out t's columns from their text (see layoutColumns), fixed
// so Word and LibreOffice keep the widths rather than fit them again. A
// table whose longest words do not fit side by side is set smaller (9 pt,
// then 8 pt), and at last reaches into the margins, so its words stay
// whole. It returns the widths, the size of the cells' text (0: the
// style's) and how far the table starts left of the margin.
func (t table) columns() (widths []int, size, indent int) {
	sizes := []int{normalSize, smallSize, smallestSize}
	if t.Small {
		sizes = sizes[1:]
	}
	for _, sz := range sizes {
		if c := layoutColumns(t.Rows, t.Header, sz); c.fits || len(c.widths) == 0 {
			return c.widths, sizeRun(sz), 0
		}
	}
	sz := sizes[len(sizes)-1]
	return layoutColumnsIn(t.Rows, t.Header, sz, textWidth+2*outdent).widths, sizeRun(sz), outdent
}

// sizeRun is the run size to write for a table size: none for the body's.
func sizeRun(size int) int {
	if size == normalSize {
		return 0
	}
	return size
}
