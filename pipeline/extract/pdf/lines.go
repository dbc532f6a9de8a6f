package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// line is one baseline of text on a page, split into fragments where a wide
// gap separates them (table columns, tab stops).
type line struct {
	Page   int
	Y      float64 // baseline, page space (up is larger)
	X0, X1 float64
	Size   float64 // dominant font size
	Font   string  // dominant font
	// TextX is where the line's second word starts: after a list marker,
	// where the item's text (and a hanging indent) begins.
	TextX float64
	Frags []frag
	// Col numbers, from 1 in reading order, the text column of a line on a
	// page set in columns (textcolumns.go), 0 otherwise; ColX0 and ColX1
	// are that column's edges.
	Col          int
	ColX0, ColX1 float64
	// Bookmark is 1 + the depth of the bookmark whose title the line is
	// (outline.go), 0 for none: a heading of its own, whatever its looks.
	// BookmarkMore marks the second or third line of a title wrapped over
	// lines, which joins the heading the line before began.
	Bookmark     int
	BookmarkMore bool
	// Tag is the structure tree's tag (structtree.go) of the line's
	// text, 0 for none, mixedTag when its glyphs have different tags.
	Tag int32
}

// mixedTag is the Tag of a line whose text is in more than one tag.
const mixedTag = -2

// frag is a run of words on one line with no column-wide gap inside.
type frag struct {
	X0, X1 float64
	Text   string
	// Cuts are the word gaps inside the run wider than a word space but
	// narrower than a column gap: where a table cell whose text nearly
	// fills its column meets the next column. The table builder splits
	// there when another line starts a column at that x.
	Cuts []cut
	// Size, Font and Y are the run's dominant font size and font and its
	// baseline, for a line split into text columns (textcolumns.go), whose
	// parts may differ: a title beside a paragraph shares its line.
	Size float64
	Font string
	Y    float64
	// Tags are where the run's text changes structure tag, for a tagged
	// PDF's table cells (structlabel.go); nil when it never has one.
	Tags []tagRun
}

// tagRun says that the text of a fragment from byte Off is in tag Tag.
type tagRun struct {
	Off int
	Tag int32
}

// cut is a wide gap inside a fragment: Off is the byte offset in Text of
// the word after it, End where the word before it ends, X where the word
// after it starts.
type cut struct {
	Off    int
	End, X float64
}

// Text joins the line's fragments with a single space.
func (l *line) Text() string {
	if len(l.Frags) == 1 {
		return l.Frags[0].Text
	}
	parts := make([]string, len(l.Frags))
	for i, f := range l.Frags {
		parts[i] = f.Text
	}
	return strings.Join(parts, " ")
}

// Word and column gaps, as fractions of the font size. A word space in the
// fonts LibreOffice and Word embed is 0.25-0.32 em; kerning and justification
// inside a word stay far below 0.15 em. Columns of a table sit at least
// about two em apart.
const (
	wordGap   = 0.15
	cutGap    = 0.5
	columnGap = 1.6
	// spaceGap: a space glyph breaks words only where it leaves room. Some
	// producers pad a table cell with spaces that run on under the next
	// column's digits; sorted by x they fall between "0" and "3".
	spaceGap = 0.05
)

// buildLines groups a page's glyphs into lines, top to bottom.
func buildLines(page int, gs []glyph) []*line {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmp.Compare(b.Y, a.Y) })
	var out []*line
	for i := 0; i < len(gs); {
		j := i + 1
		top := gs[i]
		for j < len(gs) && top.Y-gs[j].Y < 0.45*math.Max(top.Size, gs[j].Size) {
			j++
		}
		for _, run := range overlappingRuns(gs[i:j]) {
			if l := makeLine(page, run); l != nil {
				out = append(out, l)
			}
		}
		i = j
	}
	return out
}

// makeLine orders one baseline's glyphs left to right and rebuilds words.
func makeLine(page int, gs []glyph) *line {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmp.Compare(a.X, b.X) })
	gs = dropOverprint(gs)
	l := &line{Page: page}
	var sizes, fragSizes tally[float64]
	var fonts, fragFonts tally[string]
	var b strings.Builder
	var cur frag
	started, pendingSpace := false, false
	var lastEnd, lastSize float64
	var tt tagTally
	track := lineTracking(gs) // letter-spaced text (tracking.go)
	for _, g := range gs {
		if strings.TrimSpace(g.S) == "" {
			pendingSpace = started
			continue
		}
		size := math.Max(g.Size, 1)
		if started {
			gap := g.X - lastEnd - track
			em := math.Max(size, lastSize)
			if gap > columnGap*em {
				cur.Text, cur.Size, cur.Font = b.String(), fragSizes.top(), fragFonts.top()
				l.Frags = append(l.Frags, cur)
				b.Reset()
				fragSizes, fragFonts = tally[float64]{}, tally[string]{}
				cur = frag{X0: g.X, Y: g.Y}
				tt.run = 0
				if l.TextX == 0 {
					l.TextX = g.X
				}
			} else if pendingSpace && gap > spaceGap*em || gap > wordGap*em {
				b.WriteByte(' ')
				if gap > cutGap*em {
					cur.Cuts = append(cur.Cuts, cut{Off: b.Len(), End: lastEnd, X: g.X})
				}
				if l.TextX == 0 {
					l.TextX = g.X
				}
			}
		} else {
			cur.X0, cur.Y = g.X, g.Y
			l.Y = g.Y
		}
		tt.add(&cur, b.Len(), g.Mark)
		b.WriteString(g.S)
		started, pendingSpace = true, false
		lastEnd = g.X + g.W
		lastSize = size
		cur.X1 = lastEnd
		n := utf8Len(g.S)
		sizes.add(math.Round(size*2)/2, n)
		fonts.add(g.Font, n)
		fragSizes.add(math.Round(size*2)/2, n)
		fragFonts.add(g.Font, n)
		if n > 0 && unicode.IsLetter([]rune(g.S)[0]) {
			// The baseline of letters, not of a raised mark.
			l.Y, cur.Y = math.Min(l.Y, g.Y), math.Min(cur.Y, g.Y)
		}
	}
	if !started {
		return nil
	}
	cur.Text, cur.Size, cur.Font = b.String(), fragSizes.top(), fragFonts.top()
	l.Frags = append(l.Frags, cur)
	l.X0, l.X1 = l.Frags[0].X0, cur.X1
	l.Size = sizes.top()
	l.Font = fonts.top()
	l.Tag = tt.lineTag()
	return l
}

// tagTally follows the structure tags of a line's glyphs (structtree.go):
// the fragment runs where the tag changes, and the line's one tag. An
// artifact's glyph (mark artifactMark) takes no side; the line has a tag
// when its tagged glyphs share it and make at least half its text.
type tagTally struct {
	run           int32 // the tag of the fragment's current run
	tag           int32
	mixed         bool
	tagged, total int
}

func (t *tagTally) add(f *frag, off int, m int32) {
	t.total++
	if m == artifactMark {
		return
	}
	if m != t.run {
		f.Tags = append(f.Tags, tagRun{Off: off, Tag: m})
		t.run = m
	}
	if m <= 0 {
		return
	}
	t.tagged++
	if t.tag == 0 {
		t.tag = m
	} else if m != t.tag {
		t.mixed = true
	}
}

func (t *tagTally) lineTag() int32 {
	switch {
	case t.mixed:
		return mixedTag
	case 2*t.tagged < t.total:
		return 0
	}
	return t.tag
}

func utf8Len(s string) int { return len([]rune(s)) }

// tally counts a few distinct values (the sizes or fonts of one line)
// without a map; top returns the most counted, the first seen on a tie.
type tally[K comparable] struct {
	keys []K
	ns   []int
}

func (t *tally[K]) add(k K, n int) {
	for i, have := range t.keys {
		if have == k {
			t.ns[i] += n
			return
		}
	}
	t.keys = append(t.keys, k)
	t.ns = append(t.ns, n)
}

func (t *tally[K]) top() K {
	var best K
	bestN := -1
	for i, k := range t.keys {
		if t.ns[i] > bestN {
			best, bestN = k, t.ns[i]
		}
	}
	return best
}

func mostCommon(m map[float64]int) float64 {
	best, bestN := 0.0, -1
	for k, n := range m {
		if n > bestN || n == bestN && k > best {
			best, bestN = k, n
		}
	}
	return best
}
