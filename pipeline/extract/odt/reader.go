package odt

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"

	"github.com/reportpipe/reportpipe/pipeline/extract"
)

// The OpenDocument namespaces the reader looks at.
const (
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsDraw   = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
	nsFO     = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
	nsXML    = "http://www.w3.org/XML/1998/namespace"
)

// errUnclosed is an element cut off by the end of the part.
var errUnclosed = errors.New("part ends inside an element")

// reader walks one XML part as a stream of tokens, keeping the depth guard
// and giving up when ctx is done, so a huge or hostile part costs bounded
// stack and stops on time.
type reader struct {
	ctx   context.Context
	dec   *xml.Decoder
	guard extract.DepthGuard
	count int
}

func newReader(ctx context.Context, data []byte, maxDepth int) *reader {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	return &reader{ctx: ctx, dec: dec, guard: extract.DepthGuard{Max: maxDepth, Hint: kind.Resave}}
}

// next returns the next token. The end of the part inside an element is an
// error: every caller is inside one.
func (r *reader) next() (xml.Token, error) {
	r.count++
	if r.count%1024 == 0 {
		if err := r.ctx.Err(); err != nil {
			return nil, err
		}
	}
	tok, err := r.dec.Token()
	if err == io.EOF {
		return nil, errUnclosed
	}
	if err != nil {
		return nil, err
	}
	if err := r.guard.Track(tok); err != nil {
		return nil, err
	}
	return tok, nil
}

// each calls fn for every child element of the element whose start was
// just read, and text for its character data (text may be nil); fn must
// consume the child up to its end. each returns after the element's end.
func (r *reader) each(fn func(xml.StartElement) error, text func([]byte)) error {
	for {
		tok, err := r.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.CharData:
			if text != nil {
				text(t)
			}
		case xml.EndElement:
			return nil
		}
	}
}

// skip consumes the element whose start was just read.
func (r *reader) skip() error {
	return r.each(func(xml.StartElement) error { return r.skip() }, nil)
}

// is reports whether se is the element ns:local.
func is(se xml.StartElement, ns, local string) bool {
	return se.Name.Space == ns && se.Name.Local == local
}

// attr returns the value of attribute ns:local, or "".
func attr(se xml.StartElement, ns, local string) string {
	for _, a := range se.Attr {
		if a.Name.Space == ns && a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
