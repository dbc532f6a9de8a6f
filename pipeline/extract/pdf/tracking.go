package pdf

import (
	"math"
	"slices"
	"strings"
)

// Letter-spaced text (issue 22 item 5). A heading set with expanded
// character spacing (Word's Font > Advanced > Spacing, LibreOffice's
// character spacing) leaves the same extra gap after every letter, wider
// than a word space, so a reader that takes any wide gap for a space reads
// "A g e n c y   c o n t e x t": the mapper cannot match the heading, and a
// page of such lines fails the quality check as "separate letters". The
// gap common to most letter pairs of a line is its tracking; taking it off
// every gap of the line before words are split restores the words, and the
// gaps between words (tracking plus a space) still split them.

// Bounds of a line's tracking, as fractions of the font size: below
// minTracking gaps are ordinary kerning (the gaps inside words of ordinary
// text are near zero, as glyph widths are advances) and word spaces
// decide; above maxTracking the "letters" are more likely spread-out cells
// or marks. minTracking sits well under wordGap, so a tracking near wordGap
// (3 pt on a 20 pt title), where kerning alone would tip some letter pairs
// over it ("Riv er si de"), is taken off too.
const (
	minTracking = 0.06
	maxTracking = 1.0
	// minTrackedGaps: a line needs this many letter pairs (no space glyph
	// between) to show a tracking; "O u t c o m e s" has seven.
	minTrackedGaps = 5
	// trackingSpread: the letter gaps of a letter-spaced line agree to
	// within this fraction of the font size.
	trackingSpread = 0.08
)

// lineTracking returns the extra gap, in page units, that letter-spacing
// adds after every glyph of a line whose glyphs are sorted left to right,
// or 0 when the line is not letter-spaced. It looks at the gaps between
// consecutive visible glyphs that no space glyph separates: in ordinary
// text most of them (inside words) are near zero, in letter-spaced text
// most of them are the tracking. The tracking is taken only when at least
// half the gaps lie within trackingSpread of their median, so a line of
// words spaced without space glyphs (median zero) or of scattered marks
// (no common gap) is left alone.
func lineTracking(gs []glyph) float64 {
	var gaps []float64 // in em
	started, space := false, false
	var lastEnd, lastSize float64
	for _, g := range gs {
		if strings.TrimSpace(g.S) == "" {
			space = started
			continue
		}
		size := math.Max(g.Size, 1)
		if started && !space {
			gaps = append(gaps, (g.X-lastEnd)/math.Max(size, lastSize))
		}
		started, space = true, false
		lastEnd, lastSize = g.X+g.W, size
	}
	if len(gaps) < minTrackedGaps {
		return 0
	}
	sorted := slices.Clone(gaps)
	slices.Sort(sorted)
	med := sorted[len(sorted)/2]
	if med <= minTracking || med > maxTracking {
		return 0
	}
	near := 0
	for _, g := range gaps {
		if math.Abs(g-med) <= trackingSpread {
			near++
		}
	}
	if 2*near < len(gaps) {
		return 0
	}
	// Back to page units at the line's most common size: tracking is set
	// in points, the same after every letter whatever the size.
	return med * dominantSize(gs)
}

// dominantSize is the font size most of the line's visible glyphs have.
func dominantSize(gs []glyph) float64 {
	var t tally[float64]
	for _, g := range gs {
		if strings.TrimSpace(g.S) != "" {
			t.add(math.Max(g.Size, 1), 1)
		}
	}
	return t.top()
}
