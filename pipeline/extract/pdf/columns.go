package pdf

import (
	"math"
	"slices"
	"strings"
)

// Column starts. A cell whose text nearly fills its column sits closer to
// the next column than the fixed column gap the line builder splits at, so
// its line comes out as one fragment ("Safeguarding 1834"). Other lines of
// the same table start fragments at the column's left edge; where such a
// line's fragment has a wide word gap (a cut) right at that edge, it is
// split there.

// startTol is how far (points) a cut may sit from a column start and still
// be taken for it: text in one column starts at one x to a hundredth of a
// point, so this only absorbs rounding.
const startTol = 1.5

// columnStarts returns the left edges of the fragments of ls, clustered
// and sorted: the x where each column's text starts.
func columnStarts(ls []*line) []float64 {
	var xs []float64
	for _, l := range ls {
		for _, f := range l.Frags {
			xs = append(xs, f.X0)
		}
	}
	slices.Sort(xs)
	var out []float64
	for _, x := range xs {
		if n := len(out); n > 0 && x-out[n-1] <= startTol {
			continue
		}
		out = append(out, x)
	}
	return out
}

// spanStarts returns the left edges of spans.
func spanStarts(ss []span) []float64 {
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = s.X0
	}
	return out
}

// splitLine returns l with its fragments split at every cut that sits on
// one of starts, or l itself when none does (the common case: no copy).
func splitLine(l *line, starts []float64) *line {
	if !hasSplit(l, starts) {
		return l
	}
	c := *l
	c.Frags = nil
	for _, f := range l.Frags {
		c.Frags = append(c.Frags, splitFrag(f, starts)...)
	}
	return &c
}

func hasSplit(l *line, starts []float64) bool {
	for _, f := range l.Frags {
		for _, k := range f.Cuts {
			if onStart(k.X, starts) {
				return true
			}
		}
	}
	return false
}

// splitFrag cuts f at the cuts on starts; the pieces keep the other cuts.
func splitFrag(f frag, starts []float64) []frag {
	var out []frag
	cur := frag{X0: f.X0, Size: f.Size, Font: f.Font, Y: f.Y}
	from := 0
	for _, k := range f.Cuts {
		if !onStart(k.X, starts) {
			cur.Cuts = append(cur.Cuts, cut{Off: k.Off - from, End: k.End, X: k.X})
			continue
		}
		cur.Text = strings.TrimRight(f.Text[from:k.Off], " ")
		cur.X1 = k.End
		cur.Tags = sliceTags(f.Tags, from, k.Off)
		out = append(out, cur)
		cur = frag{X0: k.X, Size: f.Size, Font: f.Font, Y: f.Y}
		from = k.Off
	}
	cur.Text = f.Text[from:]
	cur.X1 = f.X1
	cur.Tags = sliceTags(f.Tags, from, len(f.Text))
	return append(out, cur)
}

// sliceTags returns the tag runs of the text from..to of a fragment, as
// runs of that piece: the run in force at from starts it.
func sliceTags(tags []tagRun, from, to int) []tagRun {
	var out []tagRun
	for i, r := range tags {
		switch {
		case r.Off >= to:
			return out
		case r.Off > from:
			out = append(out, tagRun{Off: r.Off - from, Tag: r.Tag})
		case i+1 == len(tags) || tags[i+1].Off > from:
			out = append(out, tagRun{Off: 0, Tag: r.Tag})
		}
	}
	return out
}

func onStart(x float64, starts []float64) bool {
	for _, s := range starts {
		if math.Abs(x-s) <= startTol {
			return true
		}
	}
	return false
}
