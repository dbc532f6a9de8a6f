package pdf

import (
	"strings"
	"unicode"
)

// Labelling the layout reader's lines by the structure tree. A line whose
// text is wholly in one tagged heading, list item or paragraph
// (structtree.go) is read into that element's block: the lines of one
// element are one block, and a new element starts a new block, however
// the page spaces them. A list item is a list item however its bullet is
// drawn (a browser draws it as a shape, which the layout reader cannot
// see), and a heading keeps the level the producer gave it. The text is
// the line's text as the layout reader read it; a line the tree does not
// label (untagged, an artifact, or in two elements) is read by the layout
// rules as in an untagged file.

// addTagged reads l into a block by its tag, and reports whether it did.
func (b *builder) addTagged(l *line, pageStart bool) bool {
	id, label := b.lineTag(l)
	if id <= 0 {
		return false
	}
	t := b.tags[id]
	if t.kind == tCell {
		return false // a cell's line outside its table: the layout reads it
	}
	text := l.Text()
	if c := b.cur; c != nil && c.Tag == id && (l.Page == c.Last.Page || pageStart && l.Page == c.Last.Page+1) {
		c.Text = joinLines(c.Text, text)
		c.Last = l
		c.Lines++
		c.Bold = c.Bold && isBold(l.Font)
		return true
	}
	b.flush()
	d := &draft{Kind: kPara, Page: l.Page, Text: text, First: l, Last: l, Lines: 1, Bold: isBold(l.Font), Tag: id}
	switch t.kind {
	case tItem:
		if !b.tagItem(d, l, t, label) {
			b.kindByLayout(d, l)
		}
	case tHead:
		d.Kind, d.Level = kHead, t.level
	default:
		b.kindByLayout(d, l)
	}
	b.cur = d
	return true
}

// tagItem makes d, the first line of a tagged list item, a list item. A
// marker goes from its text where the producer tagged it as the item's
// label (Lbl), where the layout reader would take it off (a bullet, an
// indented number), or where it holds no letter or digit. An item whose
// number or letter is in its text, not its label (an agenda's "1.
// Opening" tagged as one list item body), keeps it, as the layout reader
// does, and is read by the layout rules instead (false), so that no word
// of the page goes.
func (b *builder) tagItem(d *draft, l *line, t tag, label string) bool {
	d.Kind, d.Ordered, d.Depth = kList, t.ordered, t.depth
	if m, rest, ordered, ok := listMarker(d.Text, true); ok {
		_, _, _, layoutOK := listMarker(d.Text, b.indented(l))
		if !layoutOK && hasWordRune(m) && strings.TrimSpace(label) != m {
			return false
		}
		d.Text, d.Ordered = rest, t.ordered || ordered
	}
	return true
}

// lineTag returns the tag whose element l is wholly in (a list label's
// text counting as its item's) and the text of its label, 0 when the
// line is not wholly in one element or mostly untagged.
func (b *builder) lineTag(l *line) (id int32, label string) {
	switch {
	case l.Tag > 0 && int(l.Tag) < len(b.tags):
		if t := b.tags[l.Tag]; t.kind == tLabel {
			return t.item, l.Text()
		}
		return l.Tag, ""
	case l.Tag != mixedTag || b.tags == nil:
		return 0, ""
	}
	tagged, total := 0, 0
	for _, f := range l.Frags {
		total += len(f.Text)
		for i, r := range f.Tags {
			end := len(f.Text)
			if i+1 < len(f.Tags) {
				end = f.Tags[i+1].Off
			}
			if r.Tag <= 0 || int(r.Tag) >= len(b.tags) {
				continue
			}
			tagged += end - r.Off
			owner, t := r.Tag, b.tags[r.Tag]
			if t.kind == tLabel {
				owner = t.item
				label += f.Text[r.Off:end]
			}
			if id != 0 && owner != id {
				return 0, ""
			}
			id = owner
		}
	}
	if 2*tagged < total {
		return 0, ""
	}
	return id, label
}

// kindByLayout gives d, a tagged paragraph's first line, the kind the
// layout rules give it: a typed bullet's list item, a heading by size.
func (b *builder) kindByLayout(d *draft, l *line) {
	d.Kind, d.Ordered, d.Depth = kPara, false, 0
	if _, rest, ordered, ok := listMarker(d.Text, b.indented(l)); ok {
		d.Kind, d.Text, d.Ordered = kList, rest, ordered
	} else if b.headingSize(l.Size) {
		d.Kind = kHead
	}
}

// indented: the line starts right of its margin, as list markers that
// could be words need.
func (b *builder) indented(l *line) bool {
	return l.X0 > b.margin(l)+0.4*b.st.Body
}

// hasWordRune reports a letter or digit in s.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
