package docx

import "strconv"

// table describes a table to write. The first row is the header row.
type table struct {
	Rows      [][]string
	Highlight string
	// RowHighlights, when set, gives each row its own highlight.
	RowHighlights []string
	Comments      []int // anchored in the first cell
	Header        bool
}

// table writes t with a grid, a header row repeated across pages and a
// paragraph in every cell (Word refuses a cell without one). Short rows are
// padded so the grid is rectangular.
func (w *body) table(t table) {
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	if w.lastTable {
		w.para(para{}) // keeps two tables from fusing into one
	}
	b := &w.b
	width := strconv.Itoa(textWidth / cols)
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for i := 0; i < cols; i++ {
		b.WriteString(`<w:gridCol w:w="` + width + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, r := range t.Rows {
		head := i == 0 && t.Header
		b.WriteString(`<w:tr>`)
		if head {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for j := 0; j < cols; j++ {
			cell := ""
			if j < len(r) {
				cell = r[j]
			}
			hl := t.Highlight
			if i < len(t.RowHighlights) {
				hl = t.RowHighlights[i]
			}
			p := para{Runs: []run{{Text: cell, Bold: head, Highlight: hl}}}
			if i == 0 && j == 0 {
				p.Comments = t.Comments
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + width + `" w:type="dxa"/></w:tcPr>`)
			w.para(p)
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	w.lastTable = true
}
