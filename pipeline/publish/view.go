package publish

import (
	"errors"
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"

	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// view is one DOCX read for publishing: its package, document tree,
// styles, and the provenance record reportpipe's draft carries.
type view struct {
	p    *pkg
	top  []*node // document.xml's top-level nodes
	body *node
	st   styles
	rec  *provenance.Manifest
	// recPart is the name of the record's part ("" without one).
	recPart string
	// entries maps a provenance bookmark name to its statement and entry.
	entries map[string]entryOf
}

// entryOf is a recorded paragraph with the statement it belongs to.
type entryOf struct {
	agency string
	e      provenance.Entry
}

// ErrNotDraft says the file is not a Word draft reportpipe wrote.
var ErrNotDraft = errors.New("it is not a draft reportpipe wrote (it carries no record of the statements in it)")

var customItem = lazy.Re(`^customXml/item[0-9]+\.xml$`)

// readView reads a draft reportpipe wrote: ErrNotDraft without its record.
func readView(data []byte) (*view, error) {
	v, err := readDoc(data)
	if err != nil {
		return nil, err
	}
	if v.rec == nil {
		return nil, ErrNotDraft
	}
	return v, nil
}

// readDoc reads any Word document, with its record when it has one.
func readDoc(data []byte) (*view, error) {
	p, err := readPkg(data)
	if err != nil {
		return nil, err
	}
	v := &view{p: p, entries: map[string]entryOf{}}
	for _, n := range p.Names {
		if !customItem.Get().MatchString(n) {
			continue
		}
		if m, err := provenance.Parse(p.Parts[n]); err == nil {
			v.rec, v.recPart = m, n
			break
		}
	}
	if v.rec != nil {
		v.index()
	}
	if v.top, err = parse(p.Parts[mainPart]); err != nil {
		return nil, fmt.Errorf("word/document.xml: %v", err)
	}
	for _, n := range v.top {
		if b := n.find("w:body"); b != nil {
			v.body = b
		}
	}
	if v.body == nil {
		return nil, errNoBody
	}
	v.st = readStyles(p.Parts[p.related("styles")])
	return v, nil
}

// index maps each recorded bookmark to its statement and entry.
func (v *view) index() {
	for _, s := range v.rec.Statements {
		for _, e := range s.Entries {
			v.entries[e.ID] = entryOf{agency: s.Agency, e: e}
		}
	}
}

// blocks lists the body's paragraphs and tables in reading order, those
// inside content controls (LibreOffice puts the contents in one) included.
func (v *view) blocks() []*node {
	var out []*node
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "w:p", "w:tbl":
				out = append(out, k)
			case "w:sdt", "w:sdtContent", "w:customXml", "w:smartTag":
				walk(k)
			}
		}
	}
	walk(v.body)
	return out
}

// marksIn lists the provenance bookmarks in n, in order.
func (v *view) marksIn(n *node) []entryOf {
	var out []entryOf
	n.each(func(k *node) {
		if k.name != "w:bookmarkStart" {
			return
		}
		name := k.attr("w:name")
		if !strings.HasPrefix(name, docx.BookmarkPrefix) {
			return
		}
		if e, ok := v.entries[name]; ok {
			out = append(out, e)
		}
	})
	return out
}

// kindOf is the kind of the first provenance entry in n, or "".
func (v *view) kindOf(n *node) string {
	if m := v.marksIn(n); len(m) > 0 {
		return m[0].e.Kind
	}
	return ""
}

// save writes the document tree back into the package.
func (v *view) save() { v.p.Set(mainPart, serialise(v.top)) }
