package pdf

import (
	"math"
)

// Text direction. A landscape table is often drawn on a portrait page by
// rotating the text matrix 90 degrees; labels in a margin run upwards; a
// mirrored or upside-down run comes from a flipped matrix. Grouped into
// lines in page space such text is a column of single letters, read bottom
// to top or backwards ("r e b m u n"). Each glyph carries the direction of
// its baseline and whether it is mirrored, and a page's glyphs are put into
// the frame of their own direction before lines are built: there the text
// runs left to right and lines stack downwards, as on an upright page.

// orientation is a glyph's baseline direction in whole degrees
// (counter-clockwise from the page's x axis) and whether its up vector is
// mirrored.
type orientation struct {
	Deg    int
	Mirror bool
}

// upright is ordinary text.
var upright = orientation{}

// orientationOf returns the orientation of a glyph drawn with text
// rendering matrix axes x (baseline) and y (up).
func orientationOf(xx, xy, yx, yy float64) orientation {
	if xy == 0 && xx > 0 && yx == 0 && yy > 0 {
		return upright // the common case, without trigonometry
	}
	deg := int(math.Round(math.Atan2(xy, xx) * 180 / math.Pi))
	if deg < 0 {
		deg += 360
	}
	return orientation{Deg: deg % 360, Mirror: xx*yy-xy*yx < 0}
}

// frame maps page space into the upright space of one orientation: X along
// the baseline, Y up the glyphs.
type frame struct{ ux, uy, vx, vy float64 }

func frameOf(o orientation) frame {
	a := float64(o.Deg) * math.Pi / 180
	ux, uy := math.Cos(a), math.Sin(a)
	if o.Mirror {
		return frame{ux, uy, uy, -ux}
	}
	return frame{ux, uy, -uy, ux}
}

func (f frame) apply(x, y float64) (float64, float64) {
	return x*f.ux + y*f.uy, x*f.vx + y*f.vy
}

// mainOrientation returns the orientation most of gs's visible glyphs have.
func mainOrientation(gs []glyph) orientation {
	counts := map[orientation]int{}
	for _, g := range gs {
		if g.S != " " {
			counts[g.Dir]++
		}
	}
	best, bestN := upright, counts[upright]
	for o, n := range counts {
		if n > bestN || n == bestN && less(o, best) {
			best, bestN = o, n
		}
	}
	return best
}

func less(a, b orientation) bool {
	if a.Deg != b.Deg {
		return a.Deg < b.Deg
	}
	return !a.Mirror && b.Mirror
}

// orientedLines builds a page's lines with each run of text in the frame of
// its own direction. The main direction's lines keep their place, with the
// page's rules and box turned the same way; lines in other directions (a
// rotated margin label, a sideways table header) follow them in order, at
// the main text's left edge, so their words read whole.
func orientedLines(page int, gs []glyph, rs []rule, bottom, top, left, right float64) (ls []*line, rules []rule, b, t float64) {
	main := mainOrientation(gs)
	groups := map[orientation][]glyph{}
	var order []orientation
	for _, g := range gs {
		if groups[g.Dir] == nil {
			order = append(order, g.Dir)
		}
		groups[g.Dir] = append(groups[g.Dir], g)
	}
	if len(order) == 1 && main == upright {
		return buildLines(page, gs), rs, bottom, top
	}
	f := frameOf(main)
	ls = buildLines(page, toFrame(groups[main], f))
	rules = rulesToFrame(rs, f)
	b, t = boxToFrame(f, bottom, top, left, right)
	for _, o := range order {
		if o != main {
			ls = appendAside(ls, buildLines(page, toFrame(groups[o], frameOf(o))))
		}
	}
	return ls, rules, b, t
}

// toFrame moves glyphs into frame f.
func toFrame(gs []glyph, f frame) []glyph {
	for i := range gs {
		gs[i].X, gs[i].Y = f.apply(gs[i].X, gs[i].Y)
	}
	return gs
}

// rulesToFrame turns the page's ruling lines into frame f.
func rulesToFrame(rs []rule, f frame) []rule {
	out := make([]rule, 0, len(rs))
	for _, r := range rs {
		x0, y0 := f.apply(r.X0, r.Y0)
		x1, y1 := f.apply(r.X1, r.Y1)
		out = append(out, rule{X0: math.Min(x0, x1), X1: math.Max(x0, x1), Y0: math.Min(y0, y1), Y1: math.Max(y0, y1)})
	}
	return out
}

// boxToFrame returns the vertical extent of the page box in frame f.
func boxToFrame(f frame, bottom, top, left, right float64) (float64, float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range [][2]float64{{left, bottom}, {left, top}, {right, bottom}, {right, top}} {
		_, y := f.apply(c[0], c[1])
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	return lo, hi
}

// appendAside places lines of another direction after the main ones: each
// keeps its own text, moved to start at the main text's left edge and to
// stand below the lowest line so far, in order.
func appendAside(main, aside []*line) []*line {
	if len(aside) == 0 {
		return main
	}
	left, y := aside[0].X0, aside[0].Y
	if len(main) > 0 {
		left, y = main[0].X0, main[len(main)-1].Y
		for _, l := range main {
			left = math.Min(left, l.X0)
			y = math.Min(y, l.Y)
		}
	}
	shiftY := y - aside[0].Y - 2*math.Max(aside[0].Size, 1)
	for _, l := range aside {
		dx := left - l.X0
		l.Y += shiftY
		l.X0 += dx
		l.X1 += dx
		l.TextX += dx
		for i := range l.Frags {
			l.Frags[i].X0 += dx
			l.Frags[i].X1 += dx
			for j := range l.Frags[i].Cuts {
				l.Frags[i].Cuts[j].End += dx
				l.Frags[i].Cuts[j].X += dx
			}
		}
	}
	return append(main, aside...)
}
