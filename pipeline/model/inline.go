package model

// Span is a stretch of a paragraph's, list item's or heading's text with
// its own formatting, as a chapter's source gives it. Spans are optional:
// a block without them is its Text in plain type. When a block has spans,
// their Text joined is the block's Text, so nothing is said twice; a
// picture or a footnote reference adds no text.
type Span struct {
	Text   string `json:"t,omitempty"`
	Bold   bool   `json:"b,omitempty"`
	Italic bool   `json:"i,omitempty"`
	// Link is the address the span links to ("" for none).
	Link string `json:"l,omitempty"`
	// Footnote is the text of a footnote whose mark stands here.
	Footnote string `json:"f,omitempty"`
	// Picture is a picture standing here in the text.
	Picture *Picture `json:"p,omitempty"`
}

// Picture is an image kept from a source document: its bytes, its type,
// its size as shown and its alternative text.
type Picture struct {
	// Data is the image file; ContentType its media type (image/png).
	Data        []byte `json:"data,omitempty"`
	ContentType string `json:"type"`
	// Name is the picture's name in the source ("Chart 1"), for messages.
	Name string `json:"name,omitempty"`
	// Width and Height are the size shown, in EMU (914400 to the inch);
	// 0 when the source does not say.
	Width  int64 `json:"cx,omitempty"`
	Height int64 `json:"cy,omitempty"`
	// Alt is the alternative text a screen reader reads ("" for none).
	Alt string `json:"alt,omitempty"`
}

// Ext is the file extension for the picture's type.
func (p *Picture) Ext() string {
	switch p.ContentType {
	case "image/jpeg":
		return "jpeg"
	case "image/gif":
		return "gif"
	case "image/svg+xml":
		return "svg"
	}
	return "png"
}

// SpansOf returns a block's spans, or nil for a table or a block without.
func SpansOf(b Block) []Span {
	switch v := b.(type) {
	case *Paragraph:
		return v.Spans
	case *ListItem:
		return v.Spans
	case *Heading:
		return v.Spans
	}
	return nil
}

// Pictures lists the pictures standing in a block's spans.
func Pictures(b Block) []*Picture {
	var out []*Picture
	for _, s := range SpansOf(b) {
		if s.Picture != nil {
			out = append(out, s.Picture)
		}
	}
	return out
}
