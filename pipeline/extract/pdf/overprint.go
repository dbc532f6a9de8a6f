package pdf

import "math"

// Overprinting. Some producers fake bold (or a shadow) by drawing a run
// two or more times, each copy a fraction of a point from the last; read
// glyph by glyph that gives "AAAANNNN" or "2222000011111111". A reader sees
// one letter where the same glyph stands again on top of itself, so copies
// are dropped. Copies may come a whole run apart in the content stream, so
// they are found by place, after a line's glyphs are sorted left to right.

// overprintReach is how far (a fraction of the font size) a copy may stand
// from the glyph it repeats. Real neighbours are a glyph's advance apart
// (a full stop is about 0.25 em wide), fake-bold copies a few hundredths.
const overprintReach = 0.1

// dropOverprint removes glyphs drawn again on top of an equal glyph. gs is
// one line's glyphs sorted by X; it filters in place.
func dropOverprint(gs []glyph) []glyph {
	out := gs[:0]
	for _, g := range gs {
		if !overprints(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// overprints reports whether g repeats a glyph of kept, looking back only
// as far as a copy could stand.
func overprints(kept []glyph, g glyph) bool {
	reach := overprintReach * math.Max(g.Size, 1)
	for k := len(kept) - 1; k >= 0 && g.X-kept[k].X <= reach; k-- {
		p := kept[k]
		if p.S == g.S && math.Abs(p.Y-g.Y) <= reach {
			return true
		}
	}
	return false
}
