package model

// Position says where a block stands in its source: Index is the block's
// 0-based place in the Document's reading order (every format), Page the
// 1-based page it starts on (PDF only, 0 elsewhere).
type Position struct {
	Index int `json:"index"`
	Page  int `json:"page,omitempty"`
}

// Pos returns the position; embedding Position gives every block this method.
func (p Position) Pos() Position { return p }

// Kind names a block kind as it appears in JSON output.
type Kind string

// The block kinds.
const (
	KindHeading   Kind = "heading"
	KindParagraph Kind = "paragraph"
	KindListItem  Kind = "list_item"
	KindTable     Kind = "table"
)

// Block is one unit of a Document in reading order. The interface is sealed:
// its implementers are *Heading, *Paragraph, *ListItem and *Table, and code
// that handles blocks type-switches on exactly those four.
type Block interface {
	Pos() Position
	Kind() Kind
	// PlainText is the block's verbatim text; for a table, cells joined by
	// tab and rows by newline.
	PlainText() string
	sealed()
}

// Heading is a heading line. Level is 1 for the top level; 0 means the level
// is unknown, as for a Candidate: a short bold paragraph that may be a
// heading and that mapping decides on.
type Heading struct {
	Position
	Level     int
	Text      string
	Candidate bool
	// Spans, when set, are Text with its formatting (see Span).
	Spans []Span
}

// Paragraph is running text. Newlines inside it come from explicit line
// breaks in the source.
type Paragraph struct {
	Position
	Text string
	// Spans, when set, are Text with its formatting, links, footnote
	// marks and pictures (see Span). A paragraph holding only a picture
	// has an empty Text and one span.
	Spans []Span
	// Style is what the source's paragraph style makes the paragraph (a
	// quotation, a caption), "" for body text; a chapter is printed in the
	// report's style of that kind.
	Style ParaStyle
}

// ParaStyle is the kind of paragraph a source's named style marks.
type ParaStyle string

// The paragraph styles a source's own styles are mapped to.
const (
	// StyleQuote: a quotation ("Quote", "Intense Quote", "Block Text",
	// LibreOffice's "Quotations", a Markdown block quote).
	StyleQuote ParaStyle = "quote"
	// StyleCaption: a figure's or table's caption ("Caption" and the
	// styles based on it).
	StyleCaption ParaStyle = "caption"
	// StyleIndented: a "List Paragraph" without a list number, indented
	// as a list's text.
	StyleIndented ParaStyle = "indented"
)

// ListItem is one item of a bulleted or numbered list, without its marker.
// Depth is 0 for a top-level item.
type ListItem struct {
	Position
	Text    string
	Depth   int
	Ordered bool
	// Spans, when set, are Text with its formatting (see Span).
	Spans []Span
	// List names the list the item belongs to in its source ("" when the
	// source does not say): items of one List count on from each other,
	// even with paragraphs between them, and a new List starts again.
	List string
	// Start is the number the item's list starts at when the source says
	// (0: from 1), set on the list's first item.
	Start int
}

// Table is a table as rows of cell texts. Merged cells appear once, in the
// first row and column they cover; covered positions are empty strings.
type Table struct {
	Position
	Rows [][]string
}

func (*Heading) Kind() Kind   { return KindHeading }
func (*Paragraph) Kind() Kind { return KindParagraph }
func (*ListItem) Kind() Kind  { return KindListItem }
func (*Table) Kind() Kind     { return KindTable }

func (b *Heading) PlainText() string   { return b.Text }
func (b *Paragraph) PlainText() string { return b.Text }
func (b *ListItem) PlainText() string  { return b.Text }

// PlainText joins cells with tabs and rows with newlines, keeping empty cells.
func (b *Table) PlainText() string {
	n := 0
	for _, r := range b.Rows {
		for _, c := range r {
			n += len(c) + 1
		}
	}
	out := make([]byte, 0, n)
	for i, r := range b.Rows {
		if i > 0 {
			out = append(out, '\n')
		}
		for j, c := range r {
			if j > 0 {
				out = append(out, '\t')
			}
			out = append(out, c...)
		}
	}
	return string(out)
}

func (*Heading) sealed()   {}
func (*Paragraph) sealed() {}
func (*ListItem) sealed()  {}
func (*Table) sealed()     {}

// SetIndex sets a block's reading-order index; extractors number blocks
// once they know the final order.
func SetIndex(b Block, i int) {
	switch v := b.(type) {
	case *Heading:
		v.Index = i
	case *Paragraph:
		v.Index = i
	case *ListItem:
		v.Index = i
	case *Table:
		v.Index = i
	}
}
