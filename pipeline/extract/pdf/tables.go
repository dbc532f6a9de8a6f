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
	lastPage    int // the page it ends on, once joined over page breaks
	// tree is a table the structure tree names (structtables.go): its
	// id there, and its cells' texts by row and column; 0 for a table
	// found by the layout.
	tree  int32
	cells map[[2]int]*treeCell
}

type span struct{ X0, X1 float64 }

// findTables groups runs of lines that look like a table (at least two lines
// with fragments in two or more columns, tightly spaced, no line crossing a
// column gap) into tables; other lines pass through as they are. Header
// lines that stand alone above a table's first multi-column line (a wrapped
// header cell, bottom-aligned) are taken into the table.
func findTables(p *pageLines, body float64) []item {
	ls := p.Lines
	var out []item
	floor := 0 // lines before floor belong to an earlier table
	for i := 0; i < len(ls); {
		j := tableRun(ls, i, body)
		if j > i {
			if t, from := buildTable(ls, p.Rules, floor, i, j); t != nil {
				out = out[:len(out)-(i-from)] // the header lines above were emitted as lines
				t.Page, t.lastPage = p.Num, p.Num
				t.firstOnPage = from == 0
				t.lastOnPage = j == len(ls)
				out = append(out, item{Table: t})
				i, floor = j, j
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
	if len(ls[i].Frags) < 2 && !(i+1 < len(ls) && len(ls[i+1].Frags) >= 2 && math.Abs(ls[i].Size-ls[i+1].Size) <= 0.6) {
		return i // a table starts with a multi-column line or just above one, not with a heading
	}
	var spans []span
	j, multi := i, 0
	for ; j < len(ls); j++ {
		l := ls[j]
		if j > i && !closeEnough(ls, j, spans, body, multi > 0) {
			break
		}
		next := addSpans(spans, l)
		if j > i && len(next) < len(spans) {
			// A cell that nearly fills its column runs into the next
			// one: split it at the known column starts and look again.
			next = addSpans(spans, splitLine(l, spanStarts(spans)))
		}
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

// closeEnough reports whether line j sits close enough below line j-1 to
// carry the table on: within 1.6 body sizes, or, once the run has a line
// in columns (started), 1.9 when the table resumes.
func closeEnough(ls []*line, j int, spans []span, body float64, started bool) bool {
	gap := ls[j-1].Y - ls[j].Y
	return gap <= 1.6*body || started && gap <= 1.9*body && resumes(ls, j, spans, body)
}

// resumes reports whether the table goes on at line j after a wide gap: a
// multi-column line that fits the columns follows within a line. Cells
// centred vertically in a padded row leave such gaps between rows; a
// paragraph after the table has no columns.
func resumes(ls []*line, j int, spans []span, body float64) bool {
	for k := j; k < len(ls) && k < j+3 && ls[j].Y-ls[k].Y <= 1.2*body; k++ {
		l := splitLine(ls[k], spanStarts(spans))
		if len(l.Frags) >= 2 && !isListLine(l) && len(addSpans(spans, l)) >= len(spans) {
			return true
		}
	}
	return false
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

// buildTable makes a table of ls[i:j], with the header lines just above it
// (down to floor) that sit inside its columns, and returns it with the index
// of its first line. Fragments are split at the columns' starts first;
// rules are the page's ruling lines.
func buildTable(ls []*line, rules []rule, floor, i, j int) (*table, int) {
	starts := columnStarts(ls[i:j])
	run := make([]*line, 0, j-i)
	for _, l := range ls[i:j] {
		run = append(run, splitLine(l, starts))
	}
	cs := cols(run)
	if len(cs) < 2 {
		return nil, i
	}
	rs := newRowSplitter(run, cs, rules)
	for i > floor {
		l := splitLine(ls[i-1], starts)
		if !rs.headerAbove(l, run[0]) {
			break
		}
		run = append([]*line{l}, run...)
		i--
	}
	return &table{Cols: cs, Rows: rs.rows(run)}, i
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

// cellText trims a cell for output.
func cellText(s string) string { return strings.TrimSpace(s) }
