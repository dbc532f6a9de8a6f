package pdf

import (
	"math"
	"slices"
)

// Text columns. A page set in two columns holds, on each baseline, a line
// of the left column and a line of the right one, often closer together
// than a table's columns. Read across, the page pairs lines of two
// paragraphs, which the table finder then takes for rows. Where a page has
// a clear gutter running down its middle with running text on both sides,
// its lines are read column by column: the left column, then the right,
// with lines that cross the gutter (a title, a full-width table) keeping
// their place between the stretches they divide.

// Gutter tests. The gutter is searched for in the middle of the text's
// width; a line crossing it must be rare; each column needs some lines,
// most of them filling a good part of the column, as running text does
// and table cells do not.
const (
	gutterSearch   = 0.3 // the gutter lies this share of the width in from either side
	minGutter      = 6.0 // points of clear space, at least
	maxCrossShare  = 0.3 // of lines: the most that may cross the gutter
	minColumnLines = 6
	minFill        = 0.55 // median share of its column a line fills
	minWords       = 3    // median words on a column's line
	maxCellShare   = 0.2  // of a column's lines: cut by wide gaps like cells
)

// gutter is the clear space between two text columns.
type gutter struct{ X0, X1 float64 }

// side tells which column text from x0 to x1 belongs to: -1 left, 1 right,
// 0 across the gutter. The gutter's left edge is ragged (left-column lines
// end where their last word does) and its right edge is where the right
// column's text starts, though a list marker may stand inside the gutter:
// so text starting in the gutter or after it is the right column's, text
// starting before it the left's, unless it runs into the right column.
func (g gutter) side(x0, x1 float64) int {
	switch {
	case x0 >= g.X0:
		return 1
	case x1 <= g.X1+1:
		return -1
	}
	return 0
}

// readColumns reorders a page's lines column by column when the page is
// set in columns, and leaves it alone otherwise.
func readColumns(p *pageLines) {
	if g, ok := findGutter(p.Lines, maxColumnSplits); ok {
		c := &columnReader{}
		p.Lines = c.byColumn(p.Lines, g, maxColumnSplits)
	}
}

// maxColumnSplits: a side of a gutter may be split again, once, for pages
// set in three columns (the middle third of the text holds either gutter).
const maxColumnSplits = 1

// columnReader numbers a page's columns in reading order.
type columnReader struct{ cols int }

// pieces returns the x extents of a line's text: its fragments, cut at
// their wide word gaps (where a narrow gutter hides inside a fragment).
func pieces(l *line) []span {
	var out []span
	for _, f := range l.Frags {
		x0 := f.X0
		for _, c := range f.Cuts {
			out = append(out, span{x0, c.End})
			x0 = c.X
		}
		out = append(out, span{x0, f.X1})
	}
	return out
}

// findGutter finds the widest clear vertical band in the middle of the
// page's text that few lines cross, and checks both sides read as text.
// A side that is itself set in columns (splits allowing) counts as text.
func findGutter(ls []*line, splits int) (gutter, bool) {
	if len(ls) < minColumnLines {
		return gutter{}, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		lo, hi = math.Min(lo, l.X0), math.Max(hi, l.X1)
	}
	width := hi - lo
	if width < 4*minGutter {
		return gutter{}, false
	}
	cover := coverage(ls, lo, int(width)+1)
	maxCross := int(maxCrossShare * float64(len(ls)))
	from, to := int(gutterSearch*width), int((1-gutterSearch)*width)
	best, bestLen := -1, 0
	for x := from; x <= to; {
		if cover[x] > maxCross {
			x++
			continue
		}
		end := x
		for end < len(cover) && cover[end] <= maxCross {
			end++
		}
		start := x
		for start > 0 && cover[start-1] <= maxCross {
			start--
		}
		if end-start > bestLen {
			best, bestLen = start, end-start
		}
		x = end
	}
	if best < 0 || float64(bestLen) < minGutter {
		return gutter{}, false
	}
	g := gutter{X0: lo + float64(best), X1: lo + float64(best+bestLen)}
	g.X1 = rightStart(ls, g)
	return g, g.X1-g.X0 >= minGutter && columnsReadAsText(ls, g, lo, hi, splits)
}

// rightStart returns where the right column starts inside the clear band
// g: the first x in it where two or more lines start text. A short right
// column (the end of a statement) leaves the band clear up to the page's
// edge, and a list marker may stand in it ahead of the column's text.
func rightStart(ls []*line, g gutter) float64 {
	var starts []float64
	for _, l := range ls {
		for _, s := range pieces(l) {
			if s.X0 > g.X0 && s.X0 <= g.X1+1 {
				starts = append(starts, s.X0)
			}
		}
	}
	slices.Sort(starts)
	for i := 1; i < len(starts); i++ {
		if starts[i]-starts[i-1] <= startTol {
			return starts[i-1]
		}
	}
	return g.X1
}

// coverage counts, for each point of the text's width from lo, the lines
// whose text covers it.
func coverage(ls []*line, lo float64, n int) []int {
	cover := make([]int, n)
	for _, l := range ls {
		for _, s := range pieces(l) {
			a, b := max(int(s.X0-lo), 0), min(int(math.Ceil(s.X1-lo)), n)
			for x := a; x < b; x++ {
				cover[x]++
			}
		}
	}
	return cover
}

// columnsReadAsText reports whether both sides of g hold enough lines and
// those lines read as running text: they mostly fill their column, hold
// several words, and are not cut into cells by wide gaps, as table rows are.
func columnsReadAsText(ls []*line, g gutter, lo, hi float64, splits int) bool {
	var left, right sideStats
	var leftLines, rightLines []*line
	for _, l := range ls {
		if _, _, crosses := sides(l, g); crosses {
			continue
		}
		a, b := splitAtGutter(l, g)
		left.add(a, g.X0-lo)
		right.add(b, hi-g.X1)
		if a != nil {
			leftLines = append(leftLines, a)
		}
		if b != nil {
			rightLines = append(rightLines, b)
		}
	}
	l, r := sideIsText(&left, leftLines, splits), sideIsText(&right, rightLines, splits)
	if l && r {
		return true
	}
	// A column holding a table: one side is running text, and the other
	// holds, besides the table's rows, a paragraph (or the end of one
	// carried over from the first column). Read across, the two columns'
	// lines would pair up as the rows of one table. Only for the page's
	// own gutter: inside a column, the gap between a table's columns is
	// no gutter, whatever paragraph stands above the table.
	if splits < maxColumnSplits {
		return false
	}
	return l && holdsParagraph(rightLines, g.X1, hi) || r && holdsParagraph(leftLines, lo, g.X0)
}

// minParagraphLines: the run of running-text lines that shows a side of a
// gutter holds a paragraph beside its table.
const minParagraphLines = 3

// holdsParagraph reports whether the lines of one side (from x0 to x1)
// number enough for a column and include minParagraphLines lines in a row
// that read as a paragraph's: one piece each, starting at the side's left
// edge, filling most of it, several words each. A table's wrapped cell
// starts at its own column's edge, not the side's, and its rows are cut
// into cells.
func holdsParagraph(ls []*line, x0, x1 float64) bool {
	if len(ls) < minColumnLines || x1 <= x0 {
		return false
	}
	edge := math.Inf(1)
	for _, l := range ls {
		edge = math.Min(edge, l.X0)
	}
	run := 0
	for _, l := range ls {
		if len(pieces(l)) == 1 && l.X0 <= edge+startTol && (l.X1-l.X0)/(x1-x0) >= minFill && wordCount(l.Text()) >= minWords {
			if run++; run >= minParagraphLines {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// sideIsText: the side's lines read as running text, or are set in
// columns of their own.
func sideIsText(s *sideStats, ls []*line, splits int) bool {
	if s.text() {
		return true
	}
	if splits <= 0 {
		return false
	}
	_, ok := findGutter(ls, splits-1)
	return ok
}

// sideStats gathers what one column's lines look like.
type sideStats struct {
	fill, words []float64
	cells       int // lines cut into more than one piece
}

func (s *sideStats) add(l *line, width float64) {
	if l == nil || width <= 0 {
		return
	}
	s.fill = append(s.fill, (l.X1-l.X0)/width)
	s.words = append(s.words, float64(wordCount(l.Text())))
	ps := pieces(l)
	if len(ps) > 1 && ps[0].X1-ps[0].X0 <= l.Size {
		ps = ps[1:] // a list marker and its text are no cells
	}
	if len(ps) > 1 {
		s.cells++
	}
}

func (s *sideStats) text() bool {
	n := len(s.fill)
	return n >= minColumnLines && median(s.fill) >= minFill && median(s.words) >= minWords &&
		float64(s.cells) <= maxCellShare*float64(n)
}

// sides returns the extent of l's text left and right of g, and whether
// some of it crosses g.
func sides(l *line, g gutter) (left, right span, crosses bool) {
	left, right = span{math.Inf(1), math.Inf(-1)}, span{math.Inf(1), math.Inf(-1)}
	for _, s := range pieces(l) {
		switch {
		case g.side(s.X0, s.X1) < 0:
			left = span{math.Min(left.X0, s.X0), math.Max(left.X1, s.X1)}
		case g.side(s.X0, s.X1) > 0:
			right = span{math.Min(right.X0, s.X0), math.Max(right.X1, s.X1)}
		default:
			return left, right, true
		}
	}
	return left, right, false
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// byColumn returns ls read column by column within each stretch between
// lines that cross the gutter; a side that has a gutter of its own is read
// the same way, while splits remain. Column lines are marked with their
// column and its edges, so paragraph rules measure them against the column.
func (c *columnReader) byColumn(ls []*line, g gutter, splits int) []*line {
	var out, left, right []*line
	flush := func() {
		for _, side := range [][]*line{left, right} {
			if g2, ok := findGutter(side, splits-1); ok && splits > 0 {
				out = append(out, c.byColumn(side, g2, splits-1)...)
				continue
			}
			c.cols++
			markColumn(side, c.cols)
			out = append(out, side...)
		}
		left, right = nil, nil
	}
	for _, l := range ls {
		if _, _, crosses := sides(l, g); crosses {
			flush()
			out = append(out, l)
			continue
		}
		a, b := splitAtGutter(l, g)
		if a != nil {
			left = append(left, a)
		}
		if b != nil {
			right = append(right, b)
		}
	}
	flush()
	return out
}

// markColumn sets the column number and edges on one column's lines.
func markColumn(ls []*line, col int) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		lo, hi = math.Min(lo, l.X0), math.Max(hi, l.X1)
	}
	for _, l := range ls {
		l.Col, l.ColX0, l.ColX1 = col, lo, hi
	}
}

// splitAtGutter returns the parts of l left and right of g (nil for a side
// without text). A fragment running over the gutter is cut at its wide gap
// there.
func splitAtGutter(l *line, g gutter) (left, right *line) {
	var lf, rf []frag
	for _, f := range l.Frags {
		switch {
		case g.side(f.X0, f.X1) < 0:
			lf = append(lf, f)
		case g.side(f.X0, f.X1) > 0:
			rf = append(rf, f)
		default:
			for _, piece := range splitFrag(f, gutterCut(f, g)) {
				if g.side(piece.X0, piece.X1) < 0 {
					lf = append(lf, piece)
				} else {
					rf = append(rf, piece)
				}
			}
		}
	}
	return partLine(l, lf), partLine(l, rf)
}

// gutterCut returns where f's text resumes after the gutter, as the start
// splitFrag cuts at.
func gutterCut(f frag, g gutter) []float64 {
	for _, c := range f.Cuts {
		if c.End <= g.X1+1 && c.X >= g.X0 {
			return []float64{c.X}
		}
	}
	return nil
}

// partLine is l with only the fragments fs, or nil when there are none.
func partLine(l *line, fs []frag) *line {
	if len(fs) == 0 {
		return nil
	}
	c := *l
	c.Frags = fs
	c.X0, c.X1 = fs[0].X0, fs[len(fs)-1].X1
	if len(fs) < len(l.Frags) {
		// A title beside a paragraph: each part keeps its own size and
		// baseline.
		var sizes tally[float64]
		var fonts tally[string]
		c.Y = fs[0].Y
		for _, f := range fs {
			sizes.add(f.Size, utf8Len(f.Text))
			fonts.add(f.Font, utf8Len(f.Text))
			c.Y = math.Min(c.Y, f.Y)
		}
		c.Size, c.Font = sizes.top(), fonts.top()
	}
	if c.TextX < c.X0 || c.TextX > c.X1 {
		c.TextX = 0 // the second word was in the other column
		if len(fs) > 1 {
			c.TextX = fs[1].X0
		}
	}
	return &c
}
