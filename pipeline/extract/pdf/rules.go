package pdf

import (
	lpdf "github.com/ledongthuc/pdf"
)

// Ruling lines. A table's borders are the surest sign of where its rows
// end: in a Word "Table Grid" table with no cell padding, the lines of a
// wrapped cell sit as far apart as the rows do. The interpreter keeps the
// thin horizontal and vertical strokes and filled bars a page draws; the
// table builder reads row boundaries from them.

// rule is a thin horizontal or vertical line in page space.
type rule struct {
	X0, X1, Y0, Y1 float64
}

func (r rule) horizontal() bool { return r.Y1-r.Y0 <= ruleThick && r.X1-r.X0 >= ruleMin }
func (r rule) vertical() bool   { return r.X1-r.X0 <= ruleThick && r.Y1-r.Y0 >= ruleMin }

// A rule is at most ruleThick points across and at least ruleMin long: a
// border is a point or two wide; shorter marks are glyph decorations.
const (
	ruleThick = 3
	ruleMin   = 6
	// maxRulesPerPage bounds what a page full of vector art keeps.
	maxRulesPerPage = 20_000
)

type pt struct{ X, Y float64 }

// pathOp handles the path construction and painting operators, keeping the
// straight segments of stroked paths and the thin rectangles of filled ones
// as rules. It reports whether op was one of them.
func (in *interpreter) pathOp(op string, args []lpdf.Value) bool {
	switch op {
	case "m":
		in.pen = in.toPage(num(args, 0), num(args, 1))
		in.start = in.pen
	case "l":
		p := in.toPage(num(args, 0), num(args, 1))
		in.addSeg(&in.segs, box(in.pen, p))
		in.pen = p
	case "c":
		in.pen = in.toPage(num(args, 4), num(args, 5)) // curves are no rules
	case "v", "y":
		in.pen = in.toPage(num(args, 2), num(args, 3))
	case "h":
		in.addSeg(&in.segs, box(in.pen, in.start))
		in.pen = in.start
	case "re":
		x, y, w, h := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
		in.addSeg(&in.rects, box(in.toPage(x, y), in.toPage(x+w, y+h)))
	case "S", "s", "B", "B*", "b", "b*":
		in.keep(in.segs)
		in.keep(in.edges())
		in.clearPath()
	case "f", "F", "f*":
		in.keep(in.rects) // a filled thin rectangle is a border drawn as a bar
		in.clearPath()
	case "n", "W", "W*":
		if op == "n" {
			in.clearPath()
		}
	default:
		return false
	}
	return true
}

// edges returns the four sides of each rectangle in the path, for stroking.
func (in *interpreter) edges() []rule {
	var out []rule
	for _, r := range in.rects {
		out = append(out, rule{r.X0, r.X1, r.Y0, r.Y0}, rule{r.X0, r.X1, r.Y1, r.Y1},
			rule{r.X0, r.X0, r.Y0, r.Y1}, rule{r.X1, r.X1, r.Y0, r.Y1})
	}
	return out
}

func (in *interpreter) keep(rs []rule) {
	for _, r := range rs {
		if len(in.rules) < maxRulesPerPage && (r.horizontal() || r.vertical()) {
			in.rules = append(in.rules, r)
		}
	}
}

// addSeg adds r to a path being built, up to the page's bound.
func (in *interpreter) addSeg(to *[]rule, r rule) {
	if len(*to) < maxRulesPerPage {
		*to = append(*to, r)
	}
}

func (in *interpreter) clearPath() {
	in.segs, in.rects = in.segs[:0], in.rects[:0]
}

// toPage maps a user-space point through the CTM.
func (in *interpreter) toPage(x, y float64) pt {
	m := in.g.CTM
	return pt{x*m[0][0] + y*m[1][0] + m[2][0], x*m[0][1] + y*m[1][1] + m[2][1]}
}

// box is the bounding box of two points.
func box(a, b pt) rule {
	return rule{min(a.X, b.X), max(a.X, b.X), min(a.Y, b.Y), max(a.Y, b.Y)}
}
