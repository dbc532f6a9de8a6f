package publish

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// node is one piece of an XML part kept as its bytes, so a part can be
// edited as a tree and written back with every untouched byte as it was
// (encoding/xml's encoder would rewrite the namespace prefixes Word
// needs). An element has a name ("w:p", prefix kept) and its start and
// end tags; anything else (text, a comment, the declaration) is raw.
type node struct {
	name  string
	start []byte // the start tag, or the whole token of a non-element
	end   []byte // the end tag; nil for a self-closing element or a non-element
	kids  []*node
	// text is decoded character data, for a text node.
	text   string
	isText bool
}

// maxDepth bounds nesting; a Word document nests a few dozen levels.
const maxDepth = 256

// parse reads an XML part into its top-level nodes.
func parse(data []byte) ([]*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		from := d.InputOffset()
		t, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		raw := data[from:d.InputOffset()]
		top := stack[len(stack)-1]
		switch v := t.(type) {
		case xml.StartElement:
			if len(stack) > maxDepth {
				return nil, fmt.Errorf("XML nested deeper than %d levels", maxDepth)
			}
			n := &node{name: qname(v.Name), start: raw}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 {
				return nil, errors.New("XML end tag without a start")
			}
			stack = stack[:len(stack)-1]
			if len(raw) > 0 { // empty for the second half of a self-closing tag
				top.end = raw
			}
		case xml.CharData:
			top.kids = append(top.kids, &node{start: raw, text: string(v), isText: true})
		default:
			top.kids = append(top.kids, &node{start: raw})
		}
	}
	if len(stack) != 1 {
		return nil, errors.New("XML ends inside an element")
	}
	return root.kids, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// write serialises nodes.
func write(b *bytes.Buffer, ns []*node) {
	for _, n := range ns {
		b.Write(n.start)
		write(b, n.kids)
		b.Write(n.end)
	}
}

// serialise is write into a new slice.
func serialise(ns []*node) []byte {
	var b bytes.Buffer
	write(&b, ns)
	return b.Bytes()
}

// attr returns attribute name ("w:val") of element n.
func (n *node) attr(name string) string {
	if n.name == "" {
		return ""
	}
	d := xml.NewDecoder(bytes.NewReader(n.start))
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

// child returns the first child element named name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// find returns the first element named name at or under n (n included).
func (n *node) find(name string) *node {
	if n.name == name {
		return n
	}
	for _, k := range n.kids {
		if f := k.find(name); f != nil {
			return f
		}
	}
	return nil
}

// each calls f for n and every element under it, depth first.
func (n *node) each(f func(*node)) {
	f(n)
	for _, k := range n.kids {
		k.each(f)
	}
}

// filter rewrites n's subtree: keep says per element whether it stays
// (false drops it with everything in it); unwrap says whether an element
// is replaced by its children. Both see elements only.
func (n *node) filter(keep, unwrap func(*node) bool) {
	var out []*node
	for _, k := range n.kids {
		if k.name == "" {
			out = append(out, k)
			continue
		}
		if !keep(k) {
			continue
		}
		k.filter(keep, unwrap)
		if unwrap(k) {
			out = append(out, k.kids...)
			continue
		}
		out = append(out, k)
	}
	n.kids = out
}

// text is the text n shows: its w:t, w:tab as a tab and line breaks as
// "\n" (page and column breaks are layout); deleted text (w:delText) is
// not shown. Paragraphs of a table cell are joined by "\n", cells by a
// tab and rows by "\n", as pipeline/update reads them.
func (n *node) plain() string {
	var b strings.Builder
	n.writeText(&b)
	return b.String()
}

func (n *node) writeText(b *strings.Builder) {
	switch n.name {
	case "w:t":
		for _, k := range n.kids {
			if k.isText {
				b.WriteString(k.text)
			}
		}
		return
	case "w:tab":
		b.WriteByte('\t')
		return
	case "w:br":
		if t := n.attr("w:type"); t == "" || t == "textWrapping" {
			b.WriteByte('\n')
		}
		return
	case "w:cr":
		b.WriteByte('\n')
		return
	case "w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:instrText":
		return
	case "w:tbl":
		n.joined(b, "w:tr", "\n", func(tr *node, b *strings.Builder) { tr.joined(b, "w:tc", "\t", (*node).cell) })
		return
	}
	for _, k := range n.kids {
		k.writeText(b)
	}
}

// joined writes the children named name, separated by sep, each with f.
func (n *node) joined(b *strings.Builder, name, sep string, f func(*node, *strings.Builder)) {
	first := true
	for _, k := range n.kids {
		if k.name != name {
			continue
		}
		if !first {
			b.WriteString(sep)
		}
		first = false
		f(k, b)
	}
}

// cell writes a table cell's paragraphs (and nested tables), one a line.
func (n *node) cell(b *strings.Builder) {
	first := true
	for _, k := range n.kids {
		if k.name != "w:p" && k.name != "w:tbl" {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		k.writeText(b)
	}
}

// raw makes a non-element node of XML to write as it is.
func raw(s string) *node { return &node{start: []byte(s)} }
