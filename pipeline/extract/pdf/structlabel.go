package pdf

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
	if l.Tag <= 0 || int(l.Tag) >= len(b.tags) {
		return false
	}
	t := b.tags[l.Tag]
	if t.kind == tCell {
		return false // a cell's line outside its table: the layout reads it
	}
	text := l.Text()
	if c := b.cur; c != nil && c.Tag == l.Tag && (l.Page == c.Last.Page || pageStart && l.Page == c.Last.Page+1) {
		c.Text = joinLines(c.Text, text)
		c.Last = l
		c.Lines++
		c.Bold = c.Bold && isBold(l.Font)
		return true
	}
	b.flush()
	d := &draft{Kind: kPara, Page: l.Page, Text: text, First: l, Last: l, Lines: 1, Bold: isBold(l.Font), Tag: l.Tag}
	switch t.kind {
	case tItem:
		d.Kind, d.Ordered, d.Depth = kList, t.ordered, t.depth
		if _, rest, ordered, ok := listMarker(text, true); ok {
			d.Text, d.Ordered = rest, t.ordered || ordered
		}
	case tHead:
		d.Kind, d.Level = kHead, t.level
	default:
		if _, rest, ordered, ok := listMarker(text, l.X0 > b.margin(l)+0.4*b.st.Body); ok {
			d.Kind, d.Text, d.Ordered = kList, rest, ordered // a typed bullet in a paragraph
		} else if b.headingSize(l.Size) {
			d.Kind = kHead
		}
	}
	b.cur = d
	return true
}
