package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"
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
}

// table writes t with a grid, a header row repeated across pages and a
// paragraph in every cell (Word refuses a cell without one). Short rows are
// padded so the grid is rectangular.
func (w *body) table(t table) {
	widths := columnWidths(t.Rows)
	if len(widths) == 0 {
		return
	}
	if w.lastTable {
		w.para(para{}) // keeps two tables from fusing into one
	}
	b := &w.b
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="` + w.st.id("TableGrid") + `"/><w:tblW w:w="0" w:type="auto"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		b.WriteString(`<w:gridCol w:w="` + wd + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, r := range t.Rows {
		head := i == 0 && t.Header
		b.WriteString(`<w:tr>`)
		if head {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for j, wd := range widths {
			cell := ""
			if j < len(r) {
				cell = r[j]
			}
			hl := t.Highlight
			if i < len(t.RowHighlights) {
				hl = t.RowHighlights[i]
			}
			p := para{Runs: []run{{Text: cell, Bold: head, Highlight: hl, Small: t.Small}}}
			if i == 0 && j == 0 {
				p.Comments, p.Bookmark = t.Comments, t.Bookmark
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + wd + `" w:type="dxa"/></w:tcPr>`)
			w.para(p)
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	w.lastTable = true
}

// columnWidths shares the text width among the columns by the length of
// their longest line (within bounds; in the first row, which is usually a
// header, by its longest word), so a column of short figures does not take
// as much room as one of sentences. Widths are in twips, as text.
func columnWidths(rows [][]string) []string {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil
	}
	weight := make([]int, cols)
	total := 0
	for j := range weight {
		weight[j] = 4
		for i, r := range rows {
			if j >= len(r) {
				continue
			}
			parts := strings.Split(r[j], "\n")
			if i == 0 && len(rows) > 1 {
				parts = strings.Fields(r[j])
			}
			for _, part := range parts {
				weight[j] = max(weight[j], min(utf8.RuneCountInString(part), 40))
			}
		}
		total += weight[j]
	}
	out := make([]string, cols)
	for j, wt := range weight {
		out[j] = strconv.Itoa(textWidth * wt / total)
	}
	return out
}
