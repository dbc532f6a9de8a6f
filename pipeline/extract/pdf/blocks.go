package pdf

import (
	"math"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// kind of a block being assembled.
type kind int

const (
	kPara kind = iota
	kList
	kHead
)

// draft is a block being assembled from lines.
type draft struct {
	Kind    kind
	Page    int
	Text    string
	First   *line // first line
	Last    *line // line most recently added
	Lines   int
	Ordered bool
	Bold    bool // every line in a bold font
	Level   int  // a bookmarked or tagged heading's level, 0 when none
	// Tag is the structure tag whose lines the draft holds (structlabel.go),
	// 0 for a draft the layout made.
	Tag   int32
	Depth int // a tagged list item's nesting
}

// builder turns items (lines and tables) into blocks.
type builder struct {
	st     stats
	tags   []tag // the structure tree's tags, nil for none
	cur    *draft
	drafts []any // *draft or *table, in order
}

func buildBlocks(items []item, st stats, s *structure) []model.Block {
	b := &builder{st: st}
	if s != nil {
		b.tags = s.tags
	}
	for k, it := range items {
		if it.Table != nil {
			b.flush()
			b.drafts = append(b.drafts, it.Table)
			continue
		}
		if it.Pic != nil {
			b.flush()
			b.drafts = append(b.drafts, it.Pic)
			continue
		}
		pageStart := k == 0 || items[k-1].Line == nil || items[k-1].Line.Page != it.Line.Page
		b.add(it.Line, pageStart)
	}
	b.flush()
	return b.finish()
}

func (b *builder) flush() {
	if b.cur != nil {
		b.drafts = append(b.drafts, b.cur)
		b.cur = nil
	}
}

// add puts line l into the open block or starts a new one.
func (b *builder) add(l *line, pageStart bool) {
	if b.addTagged(l, pageStart) {
		return
	}
	text := l.Text()
	if l.Bookmark > 0 {
		if d, ok := b.lastDraft(); ok && l.BookmarkMore && b.cur == nil && d.Kind == kHead {
			d.Text, d.Last = joinLines(d.Text, text), l // the next line of a wrapped title
			d.Lines++
			return
		}
		b.flush() // a bookmark's title is a heading of its own
		b.cur = &draft{Kind: kHead, Page: l.Page, Text: text, First: l, Last: l, Lines: 1, Level: l.Bookmark}
		b.flush()
		return
	}
	indented := b.indented(l)
	if _, rest, ordered, ok := listMarker(text, indented); ok {
		b.flush()
		b.cur = &draft{Kind: kList, Page: l.Page, Text: rest, First: l, Last: l, Lines: 1, Ordered: ordered, Bold: isBold(l.Font)}
		return
	}
	if b.cur != nil && b.cur.Tag == 0 && b.continues(l, pageStart) {
		b.cur.Text = joinLines(b.cur.Text, text)
		b.cur.Last = l
		b.cur.Lines++
		b.cur.Bold = b.cur.Bold && isBold(l.Font)
		return
	}
	b.flush()
	k := kPara
	if b.headingSize(l.Size) {
		k = kHead
	}
	b.cur = &draft{Kind: k, Page: l.Page, Text: text, First: l, Last: l, Lines: 1, Bold: isBold(l.Font)}
}

// lastDraft returns the last block drafted, when it is text.
func (b *builder) lastDraft() (*draft, bool) {
	if len(b.drafts) == 0 {
		return nil, false
	}
	d, ok := b.drafts[len(b.drafts)-1].(*draft)
	return d, ok
}

func (b *builder) headingSize(s float64) bool {
	return s >= b.st.Body*1.12+0.2
}

// continues decides whether l carries on the open block.
func (b *builder) continues(l *line, pageStart bool) bool {
	c, p := b.cur, b.cur.Last
	if math.Abs(l.Size-p.Size) > 0.6 || isBold(l.Font) != isBold(p.Font) {
		return false
	}
	if c.Kind == kHead {
		return l.Page == p.Page && c.Lines < 3 && p.Y-l.Y <= 1.5*l.Size
	}
	if l.Page != p.Page {
		return pageStart && b.continuesOverPage(l)
	}
	if l.Col != p.Col && l.Y > p.Y {
		return b.continuesOverPage(l) // the top of the next column: read like a new page
	}
	if p.Y-l.Y > b.st.LineGap*1.3+0.5 || p.Y <= l.Y {
		return false
	}
	tol := 0.5 * l.Size
	if c.Kind == kList {
		if c.First.TextX > 0 && math.Abs(l.X0-c.First.TextX) < tol {
			return true // the hanging indent of the item's text
		}
		return l.X0 >= c.First.X0-1 && !(b.short(p) && endsSentence(p.Text()))
	}
	if b.centred(l, p) {
		return true
	}
	if l.X0 > p.X0+tol || c.Lines >= 2 && l.X0 < p.X0-tol {
		return false // an indent starts a new paragraph; an outdent ends a quote
	}
	return !(b.short(p) && endsSentence(p.Text()))
}

// continuesOverPage: a block broken by a page break carries on when the page
// ended mid-sentence and the next page starts in lower case, or starts at
// the same indent after a full last line.
func (b *builder) continuesOverPage(l *line) bool {
	c, p := b.cur, b.cur.Last
	if c.Kind == kHead || endsSentence(c.Text) {
		return false
	}
	if startsLower(l.Text()) {
		return true
	}
	return !b.short(p) && math.Abs(l.X0-p.X0) < 0.5*l.Size
}

// centred reports two lines centred on one axis away from the margin: the
// lines of a centred paragraph, whose left edges differ.
func (b *builder) centred(l, p *line) bool {
	tol := 0.5 * l.Size
	mid := func(x *line) float64 { return (x.X0 + x.X1) / 2 }
	return math.Abs(mid(l)-mid(p)) < tol && l.X0 > b.margin(l)+tol && p.X0 > b.margin(p)+tol &&
		(l.Col == 0 || l.X1 < b.right(l)-tol)
}

// short reports a line that stops well before the right margin.
func (b *builder) short(l *line) bool {
	return l.X1 < b.right(l)-0.12*(b.right(l)-b.margin(l))
}

// margin is the left edge l's text is measured from: its text column's on
// a page set in columns, the document's otherwise.
func (b *builder) margin(l *line) float64 {
	if l.Col > 0 {
		return l.ColX0
	}
	return b.st.Margin
}

// right is the right edge for l, as margin is the left.
func (b *builder) right(l *line) float64 {
	if l.Col > 0 {
		return l.ColX1
	}
	return b.st.Right
}

// finish turns drafts into model blocks with headings levelled by size.
func (b *builder) finish() []model.Block {
	levels := headingLevels(b.drafts)
	depths := listDepths(b.drafts)
	var out []model.Block
	for _, d := range b.drafts {
		pos := model.Position{Index: len(out)}
		if im, ok := d.(*placedImage); ok {
			pos.Page = im.Page
			out = append(out, &model.Paragraph{Position: pos, Spans: []model.Span{{Picture: im.pic}}})
			continue
		}
		if t, ok := d.(*table); ok {
			pos.Page = t.Page
			out = append(out, &model.Table{Position: pos, Rows: trimRows(t.Rows)})
			continue
		}
		dr := d.(*draft)
		pos.Page = dr.Page
		text := strings.TrimSpace(dr.Text)
		switch {
		case dr.Level > 0:
			out = append(out, &model.Heading{Position: pos, Text: text, Level: dr.Level})
		case dr.Kind == kList && dr.Tag > 0:
			out = append(out, &model.ListItem{Position: pos, Text: text, Depth: dr.Depth, Ordered: dr.Ordered})
		case dr.Kind == kList:
			out = append(out, &model.ListItem{Position: pos, Text: text, Depth: depths[clusterKey(dr.First.X0)], Ordered: dr.Ordered})
		case dr.Kind == kHead && headingLike(text, 20):
			out = append(out, &model.Heading{Position: pos, Text: text, Level: levels[sizeKey(dr.First.Size)]})
		case dr.Bold && dr.Lines == 1 && headingLike(text, 15) && math.Abs(dr.First.Size-b.st.Body) <= 0.6:
			out = append(out, &model.Heading{Position: pos, Text: text, Candidate: true})
		default:
			out = append(out, &model.Paragraph{Position: pos, Text: text})
		}
	}
	return out
}

// headingLike: short, and not a sentence.
func headingLike(text string, maxWords int) bool {
	return wordCount(text) <= maxWords && !strings.HasSuffix(text, ".")
}

func trimRows(rows [][]string) [][]string {
	for _, r := range rows {
		for i := range r {
			r[i] = cellText(r[i])
		}
	}
	return rows
}
