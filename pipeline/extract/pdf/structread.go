package pdf

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Reading a tagged PDF by its structure tree. Every glyph drawn inside
// marked content that the tree reaches goes to its block (or table cell);
// each block's glyphs are made into lines by the same line builder as the
// layout reading, and the lines joined into its text. Blocks come in the
// tree's order, which is the reading order the producer meant: a list item
// is a list item however its bullet is drawn, and a table is one table
// however it breaks over pages. Artifacts (running headers, footers, page
// numbers) are left out, as the producer marked them.
//
// The tree is trusted only when it covers the text: when more than
// maxUntagged of the glyphs outside artifacts belong to no block, the
// document is read by its layout instead, as an untagged one is.

// maxUntagged is the share of glyphs the tree may leave out (a form
// field's value, a comment drawn by the reader): those are still read, as
// paragraphs after the last block of their page.
const maxUntagged = 0.02

// structBlocks builds the blocks of pages from s; ok is false when the
// tree does not cover the text.
func structBlocks(pages []*pageLines, s *structure) ([]model.Block, bool) {
	leftover, ok := assignGlyphs(pages, s)
	if !ok {
		return nil, false
	}
	sb := &structBuilder{sizes: map[float64]int{}}
	for _, b := range s.blocks {
		sb.block(b)
	}
	sb.leftovers(leftover)
	sb.finish()
	return sb.out, len(sb.out) > 0
}

// assignGlyphs hands every glyph to its block or cell, and returns by page
// the glyphs no block takes; ok is false when those are too many.
func assignGlyphs(pages []*pageLines, s *structure) (leftover map[int][]glyph, ok bool) {
	leftover = map[int][]glyph{}
	tagged, untagged := 0, 0
	for _, p := range pages {
		for _, g := range p.Glyphs {
			if g.Mark == artifactMark {
				continue
			}
			text := strings.TrimSpace(g.S) != ""
			sk, found := s.owner[mark{p.Num, int(g.Mark) - 1}]
			switch {
			case g.Mark == 0 || !found:
				if text {
					untagged++
					leftover[p.Num] = append(leftover[p.Num], g)
				}
			case sk.label:
				sk.block.label = append(sk.block.label, g)
			case sk.cell != nil:
				sk.cell.glyphs = addGlyph(sk.cell.glyphs, p.Num, g)
			default:
				sk.block.glyphs = addGlyph(sk.block.glyphs, p.Num, g)
			}
			if text && g.Mark != 0 && found {
				tagged++
			}
		}
		p.Glyphs = nil
	}
	return leftover, tagged > 0 && float64(untagged) <= maxUntagged*float64(tagged+untagged)
}

func addGlyph(m map[int][]glyph, page int, g glyph) map[int][]glyph {
	if m == nil {
		m = map[int][]glyph{}
	}
	m[page] = append(m[page], g)
	return m
}

// sText is one block's text as read: its first page and first line.
type sText struct {
	text  string
	page  int
	first *line
	lines int
}

// readText makes the lines of glyphs (by page, pages in order) and joins
// them.
func readText(byPage map[int][]glyph) sText {
	var t sText
	for _, pg := range slices.Sorted(maps.Keys(byPage)) {
		t.addPage(pg, byPage[pg])
	}
	t.text = strings.TrimSpace(t.text)
	return t
}

// readCell is readText for a table cell. A header row repeated at the top
// of each page the table runs onto is the same cell drawn again (a
// browser tags every copy as that cell): a page whose text repeats what
// the cell already holds is read once.
func readCell(byPage map[int][]glyph) sText {
	var t sText
	for _, pg := range slices.Sorted(maps.Keys(byPage)) {
		var p sText
		p.addPage(pg, byPage[pg])
		if p.text == "" || strings.TrimSpace(p.text) == strings.TrimSpace(t.text) {
			continue
		}
		if t.first == nil {
			t.first, t.page = p.first, p.page
		}
		t.text = joinLines(t.text, p.text)
		t.lines += p.lines
	}
	t.text = strings.TrimSpace(t.text)
	return t
}

// addPage adds the lines of one page's glyphs to t.
func (t *sText) addPage(pg int, gs []glyph) {
	ls, _, _, _ := orientedLines(pg, gs, nil, 0, 0, 0, 0)
	for _, l := range ls {
		if t.first == nil {
			t.first, t.page = l, pg
		}
		t.text = joinLines(t.text, l.Text())
		t.lines++
	}
}

// structBuilder turns structure blocks into model blocks.
type structBuilder struct {
	out   []model.Block
	paras []sText // by index in out: a paragraph's text as read, or zero
	sizes map[float64]int
}

// add appends b; t is its text as read when b is a paragraph.
func (sb *structBuilder) add(b model.Block, t sText) {
	sb.out = append(sb.out, b)
	sb.paras = append(sb.paras, t)
}

// block adds the model block for b, if it holds any text.
func (sb *structBuilder) block(b *sBlock) {
	if b.kind == sTable {
		sb.table(b)
		return
	}
	t := readText(b.glyphs)
	if t.text == "" {
		return
	}
	pos := model.Position{Page: t.page}
	switch b.kind {
	case sHead:
		sb.add(&model.Heading{Position: pos, Text: t.text, Level: max(b.level, 1)}, sText{})
	case sItem:
		text, ordered := t.text, b.ordered || numberedLabel(b.label)
		if len(b.label) == 0 {
			if _, rest, ord, ok := listMarker(text, true); ok {
				text, ordered = rest, ord
			}
		}
		sb.add(&model.ListItem{Position: pos, Text: text, Depth: b.depth, Ordered: ordered}, sText{})
	default:
		sb.para(pos, t)
	}
}

// para adds a paragraph, or a list item where its text opens with a
// bullet glyph (typed, not tagged as a list).
func (sb *structBuilder) para(pos model.Position, t sText) {
	if _, rest, _, ok := listMarker(t.text, false); ok {
		sb.add(&model.ListItem{Position: pos, Text: rest}, sText{})
		return
	}
	sb.sizes[t.first.Size] += len(t.text)
	sb.add(&model.Paragraph{Position: pos, Text: t.text}, t)
}

// numberedLabel reports a list label that is a number or letter ("1.",
// "a)"), not a bullet.
func numberedLabel(label []glyph) bool {
	for _, g := range label {
		for _, r := range g.S {
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				return true
			}
		}
	}
	return false
}

// table adds a table of the cells' texts; rows without text are left out.
func (sb *structBuilder) table(b *sBlock) {
	var rows [][]string
	page := 0
	for _, r := range b.rows {
		var row []string
		any := false
		for _, c := range r {
			t := readCell(c.glyphs)
			if t.text != "" {
				any = true
				if page == 0 {
					page = t.page
				}
			}
			row = append(row, t.text)
		}
		if any {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return
	}
	sb.add(&model.Table{Position: model.Position{Page: page}, Rows: rows}, sText{})
}

// leftovers reads the glyphs no block took, by page, as paragraphs placed
// after the last block of their page.
func (sb *structBuilder) leftovers(byPage map[int][]glyph) {
	for _, pg := range slices.Sorted(maps.Keys(byPage)) {
		ls, _, _, _ := orientedLines(pg, byPage[pg], nil, 0, 0, 0, 0)
		at := len(sb.out)
		for at > 0 && sb.out[at-1].Pos().Page > pg {
			at--
		}
		var add []model.Block
		for _, l := range ls {
			add = append(add, &model.Paragraph{Position: model.Position{Page: pg}, Text: strings.TrimSpace(l.Text())})
		}
		sb.out = slices.Insert(sb.out, at, add...)
		sb.paras = slices.Insert(sb.paras, at, make([]sText, len(add))...)
	}
}

// finish numbers the blocks and reads as headings the paragraphs the tree
// tagged P but the page sets as headings: a short line in a larger font
// (levelled by size, below the tagged headings), or a short bold line of
// body size (a candidate, as in the layout reading).
func (sb *structBuilder) finish() {
	body := mostCommon(sb.sizes)
	tagged := 0
	for _, b := range sb.out {
		if h, ok := b.(*model.Heading); ok {
			tagged = max(tagged, h.Level)
		}
	}
	var bigger []float64
	for _, t := range sb.paras {
		if t.first != nil && t.lines <= 3 && headingLike(t.text, 20) && t.first.Size >= body*1.12+0.2 {
			bigger = append(bigger, sizeKey(t.first.Size))
		}
	}
	slices.Sort(bigger)
	bigger = slices.Compact(bigger)
	for i, t := range sb.paras {
		if t.first == nil {
			continue
		}
		pos := sb.out[i].Pos()
		switch {
		case t.lines <= 3 && headingLike(t.text, 20) && t.first.Size >= body*1.12+0.2:
			rank := len(bigger) - slices.Index(bigger, sizeKey(t.first.Size))
			sb.out[i] = &model.Heading{Position: pos, Text: t.text, Level: tagged + rank}
		case t.lines == 1 && isBold(t.first.Font) && headingLike(t.text, 15) && math.Abs(t.first.Size-body) <= 0.6:
			sb.out[i] = &model.Heading{Position: pos, Text: t.text, Candidate: true}
		}
	}
	for i, b := range sb.out {
		model.SetIndex(b, i)
	}
}
