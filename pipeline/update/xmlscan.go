package update

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// tok is one token of an XML part with the bytes it spans, so a part can
// be rewritten by splicing: what is not changed is copied byte for byte.
// Names keep their prefix ("w:p"): WordprocessingML is written with the w
// prefix by Word and LibreOffice, and checkPrefix refuses a part that is not.
type tok struct {
	start, end bool // a start tag, an end tag (a self-closing tag is both)
	text       bool
	name       string
	from, to   int    // byte offsets
	data       string // character data, decoded
	match      int    // for a start tag, the index of its end (itself when self-closing)
	parent     int    // index of the enclosing start tag, -1 at the top
}

// xdoc is a scanned XML part.
type xdoc struct {
	data []byte
	toks []tok
}

// maxDepth bounds nesting; a Word document nests a few dozen levels.
const maxDepth = 256

func scan(data []byte) (*xdoc, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	x := &xdoc{data: data}
	var stack []int
	for {
		from := int(d.InputOffset())
		t, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		to := int(d.InputOffset())
		if stack, err = x.add(t, from, to, stack); err != nil {
			return nil, err
		}
	}
	if len(stack) > 0 {
		return nil, errors.New("XML ends inside an element")
	}
	return x, nil
}

// add appends token t spanning from..to, keeping the stack of open
// elements, and returns the stack.
func (x *xdoc) add(t xml.Token, from, to int, stack []int) ([]int, error) {
	parent := -1
	if len(stack) > 0 {
		parent = stack[len(stack)-1]
	}
	switch v := t.(type) {
	case xml.StartElement:
		if len(stack) >= maxDepth {
			return nil, fmt.Errorf("XML nested deeper than %d levels", maxDepth)
		}
		stack = append(stack, len(x.toks))
		x.toks = append(x.toks, tok{start: true, name: qname(v.Name), from: from, to: to, parent: parent})
	case xml.EndElement:
		if len(stack) == 0 {
			return nil, errors.New("XML end tag without a start")
		}
		open := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if from == to { // the second half of a self-closing tag
			x.toks[open].end, x.toks[open].match = true, open
			return stack, nil
		}
		x.toks[open].match = len(x.toks)
		x.toks = append(x.toks, tok{end: true, name: qname(v.Name), from: from, to: to, parent: x.toks[open].parent, match: open})
	case xml.CharData:
		x.toks = append(x.toks, tok{text: true, from: from, to: to, data: string(v), parent: parent})
	default:
		x.toks = append(x.toks, tok{from: from, to: to, parent: parent})
	}
	return stack, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// span is the bytes of element i, start tag to end tag.
func (x *xdoc) span(i int) []byte {
	return x.data[x.toks[i].from:x.toks[x.toks[i].match].to]
}

// children lists the start tags directly inside element i.
func (x *xdoc) children(i int) []int {
	var out []int
	for j := i + 1; j < x.toks[i].match; j++ {
		if x.toks[j].start {
			out = append(out, j)
			j = x.toks[j].match
		}
	}
	return out
}

// find returns the first element named name at or after token i, or -1.
func (x *xdoc) find(name string, i int) int {
	for ; i < len(x.toks); i++ {
		if x.toks[i].start && x.toks[i].name == name {
			return i
		}
	}
	return -1
}

// attr returns the value of attribute name ("w:name") of start tag i.
func (x *xdoc) attr(i int, name string) string {
	d := xml.NewDecoder(bytes.NewReader(x.data[x.toks[i].from:x.toks[i].to]))
	t, err := d.RawToken()
	if err != nil {
		return ""
	}
	if se, ok := t.(xml.StartElement); ok {
		for _, a := range se.Attr {
			if qname(a.Name) == name {
				return a.Value
			}
		}
	}
	return ""
}
