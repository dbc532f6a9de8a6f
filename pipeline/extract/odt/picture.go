package odt

import (
	"encoding/xml"
	"mime"
	"path"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The namespaces of a frame's size and description.
const (
	nsSVG   = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
	nsXLink = "http://www.w3.org/1999/xlink"
)

// frame reads a draw:frame in a paragraph: its first text box as blocks
// (as drawing does), or else its image as a picture span where it stands,
// with its size and its description (svg:desc, else svg:title) as the
// alternative text. An image the package does not hold is skipped.
func (w *walker) frame(se xml.StartElement, st *inlineState) error {
	pic := &model.Picture{Name: attr(se, nsDraw, "name"),
		Width: length(attr(se, nsSVG, "width")), Height: length(attr(se, nsSVG, "height"))}
	var title, desc, href string
	boxed := false
	err := w.r.each(func(c xml.StartElement) error {
		switch {
		case is(c, nsDraw, "text-box") && !boxed:
			boxed = true
			return w.container()
		case is(c, nsDraw, "image") && href == "":
			href = attr(c, nsXLink, "href")
		case is(c, nsSVG, "title"):
			return w.r.each(nil, func(b []byte) { title += string(b) })
		case is(c, nsSVG, "desc"):
			return w.r.each(nil, func(b []byte) { desc += string(b) })
		}
		return w.r.skip()
	}, nil)
	if err != nil || boxed || href == "" || w.media == nil {
		return err
	}
	data, ok := w.media(href)
	ct := mime.TypeByExtension(strings.ToLower(path.Ext(href)))
	if !ok || !strings.HasPrefix(ct, "image/") {
		return nil
	}
	pic.Data, pic.ContentType = data, ct
	pic.Alt = strings.TrimSpace(desc)
	if pic.Alt == "" {
		pic.Alt = strings.TrimSpace(title)
	}
	st.picture(pic)
	return nil
}

// picture puts a picture span after the text read so far.
func (st *inlineState) picture(p *model.Picture) {
	text := st.sb.String()
	if t := text[st.flushed:]; t != "" {
		st.spans = append(st.spans, model.Span{Text: t})
	}
	st.flushed = len(text)
	st.spans = append(st.spans, model.Span{Picture: p})
}

// finish returns the paragraph's spans trimmed as its text is; nil when
// it holds no picture.
func (st *inlineState) finish() []model.Span {
	if len(st.spans) == 0 {
		return nil
	}
	spans := st.spans
	if t := st.sb.String()[st.flushed:]; t != "" {
		spans = append(spans, model.Span{Text: t})
	}
	for i := range spans {
		if spans[i].Text = strings.TrimLeft(spans[i].Text, " \t\n"); spans[i].Text != "" || spans[i].Picture != nil {
			break
		}
	}
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].Text = strings.TrimRight(spans[i].Text, " \t\n"); spans[i].Text != "" || spans[i].Picture != nil {
			break
		}
	}
	return spans
}

// length reads an ODF length ("6.35cm", "2.5in") in EMU; 0 when unknown.
func length(s string) int64 {
	for _, u := range []struct {
		unit string
		emu  float64
	}{{"cm", 360000}, {"mm", 36000}, {"in", 914400}, {"pt", 12700}} {
		if v, ok := strings.CutSuffix(s, u.unit); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f <= 0 {
				return 0
			}
			return int64(f * u.emu)
		}
	}
	return 0
}

// withSpans sets spans on a paragraph or list item.
func withSpans(b model.Block, spans []model.Span) model.Block {
	switch v := b.(type) {
	case *model.Paragraph:
		v.Spans = spans
	case *model.ListItem:
		v.Spans = spans
	case *model.Heading:
		v.Spans = spans
	}
	return b
}
