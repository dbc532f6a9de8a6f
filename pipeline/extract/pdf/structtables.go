package pdf

import "slices"

// Tables the structure tree names. A tagged table's lines are the layout
// reader's lines, as every line is; the tree says which cell each run of
// their text belongs to, so the table comes out whole: its rows and
// columns as the producer made them, however its cells are spaced or
// ruled, and one table however many pages it runs over. No text is taken
// from the tree and none is left out: every run of every line of the
// table goes to a cell, text the tree leaves untagged to the cell before
// it (or after it, first on its line), and a tag change inside a word
// does not split the word. The one thing read once is a cell drawn again
// whole on a later page: the header row a browser repeats at the top of
// each page the table runs onto, which the layout reader reads once too.

// treeCell is one cell's text and the page it was last added on.
type treeCell struct {
	text string
	page int
}

// pageItems is findTables for a page that may hold tables the tree names:
// runs of lines wholly in one such table are that table, the lines
// between go to the layout's table finder.
func pageItems(p *pageLines, body float64, s *structure) []item {
	if s == nil {
		return findTables(p, body)
	}
	var out []item
	ls := p.Lines
	from := 0
	for i := 0; i < len(ls); {
		id := treeTableOf(ls[i], s)
		if id == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && treeTableOf(ls[j], s) == id {
			j++
		}
		out = append(out, findTables(&pageLines{Num: p.Num, Lines: ls[from:i], Rules: p.Rules, Bottom: p.Bottom, Top: p.Top}, body)...)
		out = append(out, item{Table: treeTable(ls[i:j], s, id, p.Num)})
		i, from = j, j
	}
	if from == 0 {
		return findTables(p, body)
	}
	return append(out, findTables(&pageLines{Num: p.Num, Lines: ls[from:], Rules: p.Rules, Bottom: p.Bottom, Top: p.Top}, body)...)
}

// treeTableOf returns the tree table whose cells hold all the tagged text
// of l, 0 when l is not wholly in one.
func treeTableOf(l *line, s *structure) int32 {
	if l.Tag == 0 {
		return 0
	}
	id := int32(0)
	for _, f := range l.Frags {
		for _, r := range f.Tags {
			if r.Tag <= 0 {
				continue
			}
			t := s.tags[r.Tag]
			if t.kind != tCell || id != 0 && t.table != id {
				return 0
			}
			id = t.table
		}
	}
	return id
}

// treeTable makes a table of the lines ls, all in tree table id.
func treeTable(ls []*line, s *structure, id int32, page int) *table {
	t := &table{Page: page, lastPage: page, tree: id, cells: map[[2]int]*treeCell{}}
	for _, l := range ls {
		for _, f := range l.Frags {
			for _, p := range cellPieces(f) {
				tg := s.tags[p.Tag]
				addToCell(t.cells, [2]int{tg.row, tg.col}, f.Text[p.from:p.to], page)
			}
		}
	}
	return t
}

// piece is a part of a fragment's text that goes to one cell.
type piece struct {
	from, to int
	Tag      int32
}

// cellPieces splits a fragment's text into the cells its runs are in: a
// run without a cell's tag joins the piece before it (the first piece
// when it comes first), and so does a run that starts inside a word.
func cellPieces(f frag) []piece {
	var out []piece
	for _, r := range f.Tags {
		if r.Tag <= 0 {
			continue
		}
		clean := r.Off == 0 || f.Text[r.Off-1] == ' '
		switch {
		case len(out) == 0:
			out = append(out, piece{from: 0, to: len(f.Text), Tag: r.Tag})
		case r.Tag != out[len(out)-1].Tag && clean:
			out[len(out)-1].to = r.Off
			out = append(out, piece{from: r.Off, to: len(f.Text), Tag: r.Tag})
		}
	}
	return out
}

// addToCell adds text to a cell; a cell whose whole text comes again on a
// later page (a repeated header row) is read once.
func addToCell(cells map[[2]int]*treeCell, at [2]int, text string, page int) {
	c := cells[at]
	switch {
	case c == nil:
		cells[at] = &treeCell{text: text, page: page}
	case page != c.page && cellText(text) == cellText(c.text):
		c.page = page
	default:
		c.text = joinCell(c.text, text)
		c.page = page
	}
}

// joinTreeTables joins tree tables of one id that follow each other (a
// table over a page break: the page's furniture dropped, nothing stands
// between its parts) and makes every tree table's rows from its cells.
func joinTreeTables(items []item) []item {
	out := items[:0:0]
	for _, it := range items {
		if n := len(out); n > 0 && it.Table != nil && it.Table.tree != 0 && out[n-1].Table != nil && out[n-1].Table.tree == it.Table.tree {
			a := out[n-1].Table
			for _, at := range sortedCells(it.Table.cells) {
				addToCell(a.cells, at, it.Table.cells[at].text, it.Table.Page)
			}
			a.lastPage = it.Table.Page
			continue
		}
		out = append(out, it)
	}
	for _, it := range out {
		if it.Table != nil && it.Table.tree != 0 {
			it.Table.Rows = cellRows(it.Table.cells)
		}
	}
	return out
}

// sortedCells returns the cells' places in row, then column order.
func sortedCells(cells map[[2]int]*treeCell) [][2]int {
	var at [][2]int
	for k := range cells {
		at = append(at, k)
	}
	slices.SortFunc(at, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return at
}

// cellRows lays the cells out in rows; rows and columns the tree names
// but no text reaches are left out, and a row is as wide as the widest.
func cellRows(cells map[[2]int]*treeCell) [][]string {
	at := sortedCells(cells)
	width := 0
	for _, a := range at {
		width = max(width, a[1]+1)
	}
	var rows [][]string
	last := -1
	for _, a := range at {
		if a[0] != last {
			rows = append(rows, make([]string, width))
			last = a[0]
		}
		rows[len(rows)-1][a[1]] = cellText(cells[a].text)
	}
	return rows
}
