package pdf

import (
	"math"
	"slices"
)

// mergeAcrossPages joins a table that ends a page with one that starts the
// next when their columns line up: a table broken by a page break. The
// header row a word processor repeats at the top of the new page is read
// once, and a row that the break cut in two is joined again.
func mergeAcrossPages(items []item) []item {
	out := items[:0:0]
	for _, it := range items {
		if n := len(out); n > 0 && it.Table != nil && out[n-1].Table != nil {
			a, b := out[n-1].Table, it.Table
			if a.tree == 0 && b.tree == 0 && a.lastOnPage && b.firstOnPage && b.Page == a.lastPage+1 && sameColumns(a.Cols, b.Cols) && !newHeader(a, b) {
				joinTables(a, b)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// newHeader reports whether b starts with a header of its own: a first row
// that is not a's first row but repeats some of its cells with the same
// cells empty (two tables of one shape, "Courses | North team" and "Courses
// | South team"), so b is a new table that happens to start a page.
func newHeader(a, b *table) bool {
	if len(a.Rows) == 0 || len(b.Rows) == 0 {
		return false
	}
	ha, hb := trimmed(a.Rows[0]), trimmed(b.Rows[0])
	if len(ha) != len(hb) || slices.Equal(ha, hb) {
		return false
	}
	shared := false
	for c := range ha {
		if (ha[c] == "") != (hb[c] == "") {
			return false
		}
		shared = shared || ha[c] != "" && ha[c] == hb[c]
	}
	return shared
}

// joinTables appends b, the part of a table on the next page, to a.
func joinTables(a, b *table) {
	rows := b.Rows
	if len(rows) > 1 && len(a.Rows) > 0 && slices.Equal(trimmed(rows[0]), trimmed(a.Rows[0])) {
		rows = rows[1:] // the repeated header row
	}
	if len(rows) > 0 && len(a.Rows) > 0 && continuesRow(a.Rows[len(a.Rows)-1], rows[0]) {
		last := a.Rows[len(a.Rows)-1]
		for c, s := range rows[0] {
			last[c] = joinCell(last[c], s)
		}
		rows = rows[1:]
	}
	a.Rows = append(a.Rows, rows...)
	a.lastOnPage = b.lastOnPage
	a.lastPage = b.lastPage
}

// continuesRow reports whether next, the first row on a new page, is the
// rest of prev cut by the page break: it has text only in columns where
// prev has text, leaves at least one of them empty, and each of its cells
// carries on in lower case, as a wrapped cell does mid-sentence.
func continuesRow(prev, next []string) bool {
	if len(prev) != len(next) {
		return false
	}
	filled, empty := 0, 0
	for c, s := range next {
		s = cellText(s)
		switch {
		case s == "":
			empty++
		case cellText(prev[c]) == "" || !startsLower(s):
			return false
		default:
			filled++
		}
	}
	return filled > 0 && empty > 0
}

func trimmed(row []string) []string {
	out := make([]string, len(row))
	for i, s := range row {
		out[i] = cellText(s)
	}
	return out
}

func sameColumns(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i].X0-b[i].X0) > 12 {
			return false
		}
	}
	return true
}
