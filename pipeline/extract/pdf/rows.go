package pdf

import "math"

// rowSplitter decides where a table's rows end. Ruling lines drawn across
// the table are the surest sign; without them, a wider gap between
// baselines than the tightest in the table (lines of one cell sit closer
// than rows, which carry cell padding).
type rowSplitter struct {
	cs    []span
	inRow float64 // widest baseline gap inside one row; 0 when no cell wraps
	horiz []rule  // horizontal rules across the table's extent
	vert  []rule  // vertical rules within it
	// A full grid (a vertical rule in every column gap beside every line)
	// draws every row boundary, so rows are read from the rules alone.
	grid bool
}

func newRowSplitter(ls []*line, cs []span, rules []rule) *rowSplitter {
	rs := &rowSplitter{cs: cs, inRow: rowGap(ls)}
	x0, x1 := cs[0].X0, cs[len(cs)-1].X1
	for _, r := range rules {
		if r.X1 < x0-12 || r.X0 > x1+12 {
			continue
		}
		if r.horizontal() {
			rs.horiz = append(rs.horiz, r)
		} else if r.vertical() {
			rs.vert = append(rs.vert, r)
		}
	}
	rs.grid = len(rs.vert) > 0
	for _, l := range ls {
		rs.grid = rs.grid && rs.insideGrid(l)
	}
	return rs
}

// rowGap returns the widest baseline gap between two lines of one row: a
// little over the tightest gap in the run, when some gaps are wider. With
// one spacing throughout no cell wraps, and every line is a row: rowGap is
// then 0, below every gap. Gaps under a line's height (offset) are left
// out: they are a short cell centred beside a long one, not a line space.
func rowGap(ls []*line) float64 {
	tight, wide := math.Inf(1), 0.0
	for k := 1; k < len(ls); k++ {
		gap := ls[k-1].Y - ls[k].Y
		if gap < offset*ls[k].Size {
			continue
		}
		tight = math.Min(tight, gap)
		wide = math.Max(wide, gap)
	}
	if limit := tight*1.1 + 0.5; wide > limit {
		return limit
	}
	return 0
}

// offset is the share of the font size under which two baselines are no
// line space apart: a vertically centred cell sits half a line off its
// neighbour's lines.
const offset = 0.8

// newRow reports whether b, the line below a, starts a new row.
func (rs *rowSplitter) newRow(a, b *line) bool {
	if rs.ruledBetween(a, b) {
		return true
	}
	gap := a.Y - b.Y
	// Some grids rule only every few rows (a band of five states, say),
	// and a table's rows may sit as close as a wrapped cell's lines: a line
	// a line-space below one that fills the row is a row of its own, where
	// a wrapped cell's next line fills only its own cell.
	if rs.grid {
		return gap >= offset*b.Size && rs.fillsRow(a) && rs.fillsRow(b)
	}
	if gap < offset*b.Size {
		return false
	}
	return gap > rs.inRow || rs.fillsRow(a) && rs.fillsRow(b)
}

// fillsRow reports whether l has text in every column of a table of three
// or four, or in all but a fifth of a wider one's: a header whose every
// cell wraps is rare, a row of figures with few empty cells common.
func (rs *rowSplitter) fillsRow(l *line) bool {
	n := len(rs.cs)
	if n < 3 {
		return false
	}
	used := make([]bool, n)
	for _, f := range l.Frags {
		used[colOf(rs.cs, f.X0)] = true
	}
	k := 0
	for _, u := range used {
		if u {
			k++
		}
	}
	return k >= n-n/5
}

// ruledBetween reports a rule between a and b (below a's baseline, above
// the middle of b's letters) across at least two columns: a row border,
// not the underline of one cell's text.
func (rs *rowSplitter) ruledBetween(a, b *line) bool {
	need := min(2, len(rs.cs))
	for _, c := range rs.cs {
		for _, r := range rs.horiz {
			if r.Y0 > b.Y+0.3*b.Size && r.Y1 < a.Y && r.X0 <= c.X0+1 && r.X1 >= (c.X0+c.X1)/2 {
				need--
				break
			}
		}
		if need == 0 {
			return true
		}
	}
	return false
}

// insideGrid reports whether every gap between columns has a vertical rule
// beside l.
func (rs *rowSplitter) insideGrid(l *line) bool {
	for k := 1; k < len(rs.cs); k++ {
		lo, hi := rs.cs[k-1].X1-1, rs.cs[k].X0+1
		found := false
		for _, r := range rs.vert {
			if r.X0 >= lo && r.X1 <= hi && r.Y0 <= l.Y && r.Y1 >= l.Y+0.5*l.Size {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// headerAbove reports whether l, the line just above the table's first line
// top, is a line of a wrapped header cell: in the body size, in the same
// row as top (and inside the grid, when there is one), and each of its
// fragments inside one column (it may run wider than the column's other
// lines, up to the next column).
func (rs *rowSplitter) headerAbove(l, top *line) bool {
	if l.Y <= top.Y || math.Abs(l.Size-top.Size) > 0.6 || isListLine(l) || rs.newRow(l, top) {
		return false
	}
	if rs.grid && !rs.insideGrid(l) {
		return false
	}
	cs := rs.cs
	for _, f := range l.Frags {
		c := colOf(cs, f.X0)
		if f.X0 < cs[c].X0-2 || c+1 < len(cs) && f.X1 > cs[c+1].X0-2 {
			return false
		}
	}
	return true
}

// rows groups the lines into rows and the fragments into cells.
func (rs *rowSplitter) rows(ls []*line) [][]string {
	var out [][]string
	var row []string
	for k, l := range ls {
		if k == 0 || rs.newRow(ls[k-1], l) {
			if row != nil {
				out = append(out, row)
			}
			row = make([]string, len(rs.cs))
		}
		for _, f := range l.Frags {
			c := colOf(rs.cs, f.X0)
			row[c] = joinCell(row[c], f.Text)
		}
	}
	return append(out, row)
}
