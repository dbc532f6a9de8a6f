package docx

import (
	"strings"
)

// Font sizes of table text, in half-points (w:sz).
const (
	normalSize   = 22 // 11 pt, the template's body text
	smallSize    = 18 // 9 pt
	smallestSize = 16 // 8 pt, for the widest tables
)

// outdent is how far a table too wide for the text may reach into each
// side margin (leaving 1 cm of the 2.54 cm), rather than break its words.
const outdent = 1440 - 567

// cellPadding is what a cell takes beyond its text: the Table Grid's left
// and right cell margins (108 twips each) and room for the borders.
const cellPadding = 2*108 + 40

// columns is the width of each column of a table, in twips, from the text
// it holds, the way a browser lays out an automatic table: no column is
// narrower than its longest word (so no word breaks inside its letters),
// the width between the margins is used, and the room beyond the longest
// words goes to the columns whose text would wrap most.
type columns struct {
	widths []int
	// fits is false when even the longest words do not fit the page at
	// this size; the widths are then shrunk to the page.
	fits bool
}

// layoutColumns lays out rows set at size (half-points); header says the
// first row is bold.
func layoutColumns(rows [][]string, header bool, size int) columns {
	return layoutColumnsIn(rows, header, size, textWidth)
}

// layoutColumnsIn lays out rows in room twips.
func layoutColumnsIn(rows [][]string, header bool, size, room int) columns {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return columns{}
	}
	least, most := make([]int, cols), make([]int, cols)
	for i, r := range rows {
		bold := header && i == 0
		for j, cell := range r {
			w, l := cellExtent(cell, size, bold)
			least[j], most[j] = max(least[j], w), max(most[j], l)
		}
	}
	for j := range least {
		least[j] += cellPadding
		most[j] = max(most[j]+cellPadding, least[j])
	}
	return share(least, most, room)
}

// cellExtent is the width of a cell's longest word and of its longest line
// (the width the cell would take unwrapped).
func cellExtent(cell string, size int, bold bool) (word, line int) {
	for _, l := range strings.Split(cell, "\n") {
		line = max(line, twipsOf(l, size, bold))
		for _, w := range strings.Fields(l) {
			word = max(word, twipsOf(w, size, bold))
		}
	}
	return word, line
}

// share divides room among columns that need at least least and would like
// most: each gets its least, and the rest of the room in proportion to what
// it still lacks; when every column has its most, the remainder is shared
// in proportion to most, so the table spans the page. The widths add up
// to room exactly.
func share(least, most []int, room int) columns {
	sumLeast, sumMost := sum(least), sum(most)
	out := make([]int, len(least))
	fits := sumLeast <= room
	for j := range out {
		switch {
		case !fits: // shrink the words' widths to the page: some must break
			out[j] = least[j] * room / sumLeast
		case sumMost <= room:
			out[j] = most[j] + (room-sumMost)*most[j]/sumMost
		default:
			out[j] = least[j] + (room-sumLeast)*(most[j]-least[j])/(sumMost-sumLeast)
		}
	}
	out[len(out)-1] += room - sum(out) // what integer division left over
	return columns{widths: out, fits: fits}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
