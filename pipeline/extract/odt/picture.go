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
			return w.allText(func(b []byte) { title += string(b) })
		case is(c, nsSVG, "desc"):
			return w.allText(func(b []byte) { desc += string(b) })
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
	st.flush()
	st.spans = append(st.spans, model.Span{Picture: p})
}

// finish returns the paragraph's spans trimmed as its text is; nil when
// they say nothing its text does not (no formatting, note or picture).
func (st *inlineState) finish() []model.Span {
	st.flush()
	rich := false
	for _, s := range st.spans {
		rich = rich || s.Bold || s.Italic || s.Link != "" || s.Picture != nil || s.Footnote != ""
	}
	if !rich {
		return nil
	}
	spans := st.spans
	for i := range spans {
		if spans[i].Text = strings.TrimLeft(spans[i].Text, " \t\n"); spans[i].Text != "" || spans[i].Picture != nil || spans[i].Footnote != "" {
			break
		}
	}
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].Text = strings.TrimRight(spans[i].Text, " \t\n"); spans[i].Text != "" || spans[i].Picture != nil || spans[i].Footnote != "" {
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

// format starts a stretch of text in formatting f: the text before it is
// a span of the formatting it was read in.
func (st *inlineState) format(f model.Span) {
	if f == st.cur {
		return
	}
	st.flush()
	st.cur = f
}

// flush makes the text read since the last span a span.
func (st *inlineState) flush() {
	text := st.sb.String()
	if t := text[st.flushed:]; t != "" {
		s := st.cur
		s.Text = t
		st.spans = append(st.spans, s)
	}
	st.flushed = len(text)
}

// note reads a text:note: its body's text becomes a footnote mark where
// the note stands (its citation, the number, is the renderer's to make).
func (w *walker) note(st *inlineState) error {
	var body []string
	err := w.r.each(func(c xml.StartElement) error {
		if !is(c, nsText, "note-body") {
			return w.r.skip()
		}
		return w.r.each(func(p xml.StartElement) error {
			var sb strings.Builder
			err := w.allText(func(b []byte) { sb.Write(b) })
			if t := strings.Join(strings.Fields(sb.String()), " "); t != "" {
				body = append(body, t)
			}
			return err
		}, nil)
	}, nil)
	if len(body) > 0 {
		st.flush()
		st.spans = append(st.spans, model.Span{Footnote: strings.Join(body, "\n")})
	}
	return err
}

// allText hands text all the character data inside the current element,
// however deep.
func (w *walker) allText(text func([]byte)) error {
	var walk func(xml.StartElement) error
	walk = func(xml.StartElement) error { return w.r.each(walk, text) }
	return w.r.each(walk, text)
}
