package update

import (
	"bytes"
	"strconv"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// draft is one DOCX read for updating: its package, body and record.
type draft struct {
	p    *pkg
	b    *body
	m    *provenance.Manifest
	item string // the name of the record's part
}

// readDraft reads a draft; errNoRecord when it carries no provenance record.
func readDraft(data []byte) (*draft, error) {
	p, err := readPkg(data)
	if err != nil {
		return nil, err
	}
	d := &draft{p: p}
	for _, n := range p.Names {
		if !customItem.Get().MatchString(n) {
			continue
		}
		if m, err := provenance.Parse(p.Parts[n]); err == nil {
			d.m, d.item = m, n
			break
		}
	}
	if d.m == nil {
		return nil, errNoRecord
	}
	doc := p.Parts["word/document.xml"]
	if doc == nil {
		return nil, errNoBody
	}
	if d.b, err = readBody(doc); err != nil {
		return nil, err
	}
	return d, nil
}

var customItem = lazy.Re(`^customXml/item[0-9]+\.xml$`)

// cleaner prepares the fresh draft's paragraphs for insertion into the
// edited one: their comments (low-confidence placements, possible personal
// data) are copied over under new ids; their bookmarks get names and ids
// above the edited draft's; their list numbers are mapped to instances
// copied into the edited draft's numbering.
type cleaner struct {
	shift int // added to every provenance bookmark number
	nums  *numbering
	// notes copies a fresh comment into the edited draft and returns its
	// new id ("" when there is no such comment).
	notes func(id string) string
	// carry brings relationships (pictures, links) and footnotes over;
	// nil leaves them as they are.
	carry *carrier
}

var (
	bookmarkNum = lazy.Re(`(w:name="` + docx.BookmarkPrefix + `)([0-9]+)"`)
	bookmarkID  = lazy.Re(`w:id="([0-9]+)"`)
	numIDVal    = lazy.Re(`w:val="([0-9]+)"`)
)

// clean copies fresh body child k for insertion.
func (c *cleaner) clean(x *xdoc, k int) []byte {
	var b bytes.Buffer
	for j := k; j <= x.toks[k].match; j++ {
		t := x.toks[j]
		tag := x.data[t.from:t.to]
		switch {
		case t.start && (t.name == "w:commentRangeStart" || t.name == "w:commentRangeEnd" || t.name == "w:commentReference"):
			if tag = c.comment(x, j); tag == nil {
				continue
			}
		case t.start && (t.name == "w:bookmarkStart" || t.name == "w:bookmarkEnd"):
			tag = c.bookmark(tag)
		case t.start && t.name == "w:footnoteReference" && c.carry != nil:
			id := x.attr(j, "w:id")
			tag = bytes.Replace(tag, []byte(`w:id="`+id+`"`), []byte(`w:id="`+c.carry.footnote(id)+`"`), 1)
		case t.start && c.carry != nil && bytes.Contains(tag, []byte(" r:")):
			tag = c.carry.refs(tag)
		case t.start && t.name == "w:numId" && c.nums != nil:
			tag = numIDVal.Get().ReplaceAllFunc(tag, func(m []byte) []byte {
				old := numIDVal.Get().FindSubmatch(m)[1]
				return []byte(`w:val="` + c.nums.mapNum(string(old)) + `"`)
			})
		}
		b.Write(tag)
	}
	return b.Bytes()
}

// bookmark renumbers a provenance bookmark tag by shift.
func (c *cleaner) bookmark(tag []byte) []byte {
	tag = bookmarkNum.Get().ReplaceAllFunc(tag, func(m []byte) []byte {
		sub := bookmarkNum.Get().FindSubmatch(m)
		n, _ := strconv.Atoi(string(sub[2]))
		return []byte(string(sub[1]) + strconv.Itoa(n+c.shift) + `"`)
	})
	return bookmarkID.Get().ReplaceAllFunc(tag, func(m []byte) []byte {
		n, _ := strconv.Atoi(string(bookmarkID.Get().FindSubmatch(m)[1]))
		return []byte(`w:id="` + strconv.Itoa(n+c.shift) + `"`)
	})
}

// renamed is the name fresh bookmark id gets in the edited draft.
func (c *cleaner) renamed(id string) string {
	n, err := strconv.Atoi(id[len(docx.BookmarkPrefix):])
	if err != nil {
		return id
	}
	return docx.BookmarkName(n + c.shift)
}

// comment renumbers a comment anchor or reference tag to the id its
// comment gets in the edited draft; nil drops an anchor to no comment.
func (c *cleaner) comment(x *xdoc, j int) []byte {
	id := c.notes(x.attr(j, "w:id"))
	if id == "" {
		return nil
	}
	return bookmarkID.Get().ReplaceAll(x.data[x.toks[j].from:x.toks[j].to], []byte(`w:id="`+id+`"`))
}
