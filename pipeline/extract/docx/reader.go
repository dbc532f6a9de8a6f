package docx

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract"
)

// ctxEvery is how many tokens pass between checks of the context: often
// enough to stop soon after a timeout, rarely enough to cost nothing.
const ctxEvery = 1024

// reader is an xml token stream kept within the depth limit and the context.
// Every walker function consumes exactly the element whose start it was
// handed, through its end, so callers never lose their place.
type reader struct {
	dec   *xml.Decoder
	guard extract.DepthGuard
	ctx   context.Context
	count int
}

func newReader(ctx context.Context, data []byte, maxDepth int) *reader {
	return &reader{dec: xml.NewDecoder(bytes.NewReader(data)), guard: extract.DepthGuard{Max: maxDepth, Hint: kind.Resave}, ctx: ctx}
}

// next returns the next token, failing past the depth limit or once the
// context is done. EOF is reported as io.EOF.
func (r *reader) next() (xml.Token, error) {
	tok, err := r.dec.Token()
	if err != nil {
		return nil, err
	}
	if err := r.guard.Track(tok); err != nil {
		return nil, err
	}
	r.count++
	if r.count%ctxEvery == 0 {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
	}
	return tok, nil
}

// nextInside is next for a reader inside an element, where EOF means the
// part was cut short.
func (r *reader) nextInside() (xml.Token, error) {
	tok, err := r.next()
	if err == io.EOF {
		return nil, io.ErrUnexpectedEOF
	}
	return tok, err
}

// skip consumes the rest of the element whose start was just read.
func (r *reader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := r.nextInside()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// each calls fn for every child element of the current element, up to its
// end. fn must consume the child it is given. Character data between
// children is ignored.
func (r *reader) each(fn func(se xml.StartElement) error) error {
	for {
		tok, err := r.nextInside()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// text returns the character data of the current element (child elements'
// text included) and consumes it.
func (r *reader) text() (string, error) {
	var sb strings.Builder
	for depth := 1; depth > 0; {
		tok, err := r.nextInside()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			sb.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return sb.String(), nil
}

// attr returns the value of the attribute with the given local name.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// onOff reads a WordprocessingML toggle such as <w:b/> or <w:b w:val="0"/>:
// absent val means on.
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
