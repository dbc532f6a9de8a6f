package pdf

import (
	"cmp"
	"math"
	"slices"
)

// Overlapping runs. Two runs of text drawn over one another on one
// baseline (a caption laid over a title, text over its own shadow in
// another size) interleave letter by letter when sorted left to right:
// "SBmall Text ig Text". Where the runs of a baseline, in the order the page
// draws them, overlap by more than a letter, each is read as a line of its
// own, in drawing order; elsewhere the baseline is one line, as before.

// overlapMin is how far (a fraction of the font size) two runs must
// overlap to be read apart: accents and kerning pairs overlap by less.
const overlapMin = 1.0

// overlappingRuns returns the baseline's glyphs gs as one group, or as its
// runs when they overlap.
func overlappingRuns(gs []glyph) [][]glyph {
	if len(gs) < 4 {
		return [][]glyph{gs}
	}
	// Copies of one run (fake bold) are one run, not runs that overlap.
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmp.Compare(a.X, b.X) })
	gs = dropOverprint(gs)
	// Space glyphs are left out: a cell padded with spaces reaches under
	// the next column without its text overlapping anything. Split runs
	// then space their words by the gaps between glyphs.
	byDraw := make([]glyph, 0, len(gs))
	for _, g := range gs {
		if g.S != " " {
			byDraw = append(byDraw, g)
		}
	}
	slices.SortStableFunc(byDraw, func(a, b glyph) int { return cmp.Compare(a.Seq, b.Seq) })
	runs := splitRuns(byDraw)
	if len(runs) < 2 {
		return [][]glyph{gs}
	}
	layers := stackRuns(runs)
	if len(layers) < 2 {
		return [][]glyph{gs}
	}
	return layers
}

// stackRuns deals runs, in drawing order, into layers: each run joins the
// first layer it overlaps nothing of. "Big" and "Text" of a title are one
// layer, the caption drawn across them another.
func stackRuns(runs [][]glyph) [][]glyph {
	var layers [][][]glyph
	for _, r := range runs {
		placed := false
		for i, layer := range layers {
			if !overlapsAny(layer, r) {
				layers[i] = append(layer, r)
				placed = true
				break
			}
		}
		if !placed {
			layers = append(layers, [][]glyph{r})
		}
	}
	out := make([][]glyph, len(layers))
	for i, layer := range layers {
		for _, r := range layer {
			out[i] = append(out[i], r...)
		}
	}
	return out
}

func overlapsAny(layer [][]glyph, r []glyph) bool {
	for _, q := range layer {
		if overlap(q, r) {
			return true
		}
	}
	return false
}

// splitRuns cuts glyphs in drawing order into runs of text that go left
// to right: a run ends where the next glyph starts well left of the last
// one, or a column's gap right of it (labels drawn one by one along a
// baseline are runs each, which overlap nothing), or in another size.
func splitRuns(gs []glyph) [][]glyph {
	var runs [][]glyph
	start := 0
	for k := 1; k < len(gs); k++ {
		em := math.Max(gs[k].Size, 1)
		back := gs[k].X < gs[k-1].X-em
		far := gs[k].X > gs[k-1].X+gs[k-1].W+columnGap*em
		resized := math.Abs(gs[k].Size-gs[k-1].Size) > 0.2*math.Max(gs[k].Size, gs[k-1].Size)
		if back || far || resized {
			runs = append(runs, gs[start:k])
			start = k
		}
	}
	return append(runs, gs[start:])
}

// overlap reports whether runs a and b interleave: most glyphs of the
// shorter one stand inside the other's stretch of the baseline, which that
// stretch overlaps by more than overlapMin (of the smaller text). Cells of a table drawn out of
// order, or a word set back by kerning, do not.
func overlap(a, b []glyph) bool {
	sa, sb := extent(a), extent(b)
	over := math.Min(sa.X1, sb.X1) - math.Max(sa.X0, sb.X0)
	return over > overlapMin*math.Min(a[0].Size, b[0].Size) && interleaved(a, b, sa, sb)
}

func extent(r []glyph) span {
	s := span{math.Inf(1), math.Inf(-1)}
	for _, g := range r {
		s.X0 = math.Min(s.X0, g.X)
		s.X1 = math.Max(s.X1, g.X+g.W)
	}
	return s
}

// interleaved reports whether most visible glyphs of the narrower of a
// and b have their middle inside the other's span.
func interleaved(a, b []glyph, sa, sb span) bool {
	if sa.X1-sa.X0 > sb.X1-sb.X0 {
		a, sb = b, sa
	}
	inside, n := 0, 0
	for _, g := range a {
		if g.S == " " {
			continue
		}
		n++
		if mid := g.X + g.W/2; mid > sb.X0 && mid < sb.X1 {
			inside++
		}
	}
	return n >= 2 && 2*inside > n
}
