package pdf

import (
	"math"
	"strings"
)

// item is one unit of a page in reading order: a text line, or a table
// found among the lines.
type item struct {
	Line  *line
	Table *table
}

// table is a detected grid: column spans and the rows of cell texts.
type table struct {
	Page int
	Cols []span
	Rows [][]string
	// Whether the table starts or ends its page, for joining a table that
	// a page break split.
	lastOnPage  bool
	firstOnPage bool
}

type span struct{ X0, X1 float64 }

// findTables groups runs of lines that look like a table (at least two lines
// with fragments in two or more columns, tightly spaced, no line crossing a
// column gap) into tables; other lines pass through as they are.
func findTables(p *pageLines, body float64) []item {
	ls := p.Lines
	var out []item
	for i := 0; i < len(ls); {
		j := tableRun(ls, i, body)
		if j > i {
			if t := buildTable(ls[i:j]); t != nil {
				t.Page = p.Num
				t.firstOnPage = i == 0
				t.lastOnPage = j == len(ls)
				out = append(out, item{Table: t})
				i = j
				continue
			}
		}
		out = append(out, item{Line: ls[i]})
		i++
	}
	return out
}

// tableRun returns the end of a table starting at line i, or i when none
// starts there. The column spans are kept as lines are added, so a long run
// costs lines x columns, not lines squared.
func tableRun(ls []*line, i int, body float64) int {
	if len(ls[i].Frags) < 2 && !(i+1 < len(ls) && len(ls[i+1].Frags) >= 2) {
		return i // a table starts with a multi-column line or just above one
	}
	maxGap := 1.6 * body
	var spans []span
	j, multi := i, 0
	for ; j < len(ls); j++ {
		l := ls[j]
		if j > i && ls[j-1].Y-l.Y > maxGap {
			break
		}
		next := addSpans(spans, l)
		if j > i && len(next) < len(spans) {
			break // this line bridges a column gap: it is not part of the grid
		}
		spans = next
		if len(l.Frags) >= 2 && !isListLine(l) {
			multi++
		}
	}
	if multi < 2 || len(spans) < 2 {
		return i
	}
	return j
}

// cols projects the fragments of ls onto the x axis and returns the covered
// spans, left to right: with table text, one per column.
func cols(ls []*line) []span {
	var ss []span
	for _, l := range ls {
		ss = addSpans(ss, l)
	}
	return ss
}

// addSpans merges l's fragments into the sorted, disjoint spans ss and
// returns the new list (ss itself is not changed).
func addSpans(ss []span, l *line) []span {
	out := append([]span(nil), ss...)
	for _, f := range l.Frags {
		out = insertSpan(out, span{f.X0, f.X1})
	}
	return out
}

func insertSpan(ss []span, s span) []span {
	var out []span
	placed := false
	for _, c := range ss {
		switch {
		case c.X1+2 < s.X0:
			out = append(out, c)
		case s.X1+2 < c.X0:
			if !placed {
				out = append(out, s)
				placed = true
			}
			out = append(out, c)
		default:
			s = span{math.Min(s.X0, c.X0), math.Max(s.X1, c.X1)}
		}
	}
	if !placed {
		out = append(out, s)
	}
	return out
}

// buildTable assigns fragments to columns and lines to rows. A new row
// starts where the gap between baselines is wider than the tightest gap in
// the run (lines of one cell sit closer than rows, which carry cell padding).
func buildTable(ls []*line) *table {
	cs := cols(ls)
	if len(cs) < 2 {
		return nil
	}
	tight, wide := math.Inf(1), 0.0
	for k := 1; k < len(ls); k++ {
		tight = math.Min(tight, ls[k-1].Y-ls[k].Y)
		wide = math.Max(wide, ls[k-1].Y-ls[k].Y)
	}
	// With one spacing throughout, no cell wraps: every line is a row.
	sameRow := func(gap float64) bool { return wide > tight*1.1+0.5 && gap <= tight*1.1+0.5 }
	t := &table{Cols: cs}
	var row []string
	for k, l := range ls {
		if k == 0 || !sameRow(ls[k-1].Y-l.Y) {
			if row != nil {
				t.Rows = append(t.Rows, row)
			}
			row = make([]string, len(cs))
		}
		for _, f := range l.Frags {
			c := colOf(cs, f.X0)
			row[c] = joinCell(row[c], f.Text)
		}
	}
	t.Rows = append(t.Rows, row)
	return t
}

func colOf(cs []span, x float64) int {
	for i, c := range cs {
		if x < c.X1 {
			return i
		}
	}
	return len(cs) - 1
}

func joinCell(a, b string) string {
	if a == "" {
		return b
	}
	return joinLines(a, b)
}

// mergeAcrossPages joins a table that ends a page with one that starts the
// next when their columns line up: a table broken by a page break.
func mergeAcrossPages(items []item) []item {
	out := items[:0:0]
	for _, it := range items {
		if n := len(out); n > 0 && it.Table != nil && out[n-1].Table != nil {
			a, b := out[n-1].Table, it.Table
			if a.lastOnPage && b.firstOnPage && b.Page == a.Page+1 && sameColumns(a.Cols, b.Cols) {
				a.Rows = append(a.Rows, b.Rows...)
				a.lastOnPage = b.lastOnPage
				continue
			}
		}
		out = append(out, it)
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

// cellText trims a cell for output.
func cellText(s string) string { return strings.TrimSpace(s) }
