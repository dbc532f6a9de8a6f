package docx

import (
	"bytes"
	"io"
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// bookmarkIDBase keeps the w:id of the provenance bookmarks clear of the
// small ids other bookmarks (contents, citations) count up from; Word
// needs bookmark ids unique in the document, names are what we look up.
const bookmarkIDBase = 1 << 20

// BookmarkPrefix starts the name of every provenance bookmark ("rp_12").
const BookmarkPrefix = "rp_"

// marks gives each paragraph the writer writes for a statement a bookmark
// and records it, with its text's hash, in the draft's provenance record,
// so `reportpipe update` can find it again in a reviewer's copy.
type marks struct {
	m   provenance.Manifest
	cur *provenance.Statement
	// chap is the chapter being written, nil outside one (see chapters.go).
	chap *provenance.Chapter
	// section is the template section being written, "" outside one.
	section model.SectionKey
	n       int
	// at finds a statement's record by agency, so beginning each of
	// thousands of statements is not a pass over all the records.
	at map[string]int
}

// begin starts (or, for the appendix, resumes) the record of s.
func (mk *marks) begin(s *model.Statement) {
	mk.section = ""
	if i, ok := mk.at[s.Agency]; ok { // the first record of this agency, as Manifest.Find
		mk.cur = &mk.m.Statements[i]
		return
	}
	if mk.at == nil {
		mk.at = map[string]int{}
	}
	mk.at[s.Agency] = len(mk.m.Statements)
	st := provenance.Statement{Agency: s.Agency, Number: s.Number}
	for _, d := range s.Documents {
		st.Sources = append(st.Sources, provenance.Source{File: d.Source.Path, SHA256: d.Source.SHA256})
	}
	mk.m.Statements = append(mk.m.Statements, st)
	mk.cur = &mk.m.Statements[len(mk.m.Statements)-1]
}

// add records one paragraph of the current statement and returns its
// bookmark number (0, no bookmark, outside a statement).
func (mk *marks) add(kind, text string) int {
	entries := mk.entries()
	if entries == nil {
		return 0
	}
	mk.n++
	e := provenance.Entry{ID: BookmarkName(mk.n), Kind: kind, Section: string(mk.section), Hash: provenance.TextHash(text)}
	if kind == provenance.KindBlock {
		e.Text = provenance.Normalize(text)
	}
	*entries = append(*entries, e)
	return mk.n
}

// BookmarkName is the name of provenance bookmark n.
func BookmarkName(n int) string { return BookmarkPrefix + strconv.Itoa(n) }

func bookmarkStart(b *bytes.Buffer, n int) {
	b.WriteString(`<w:bookmarkStart w:id="` + strconv.Itoa(bookmarkIDBase+n) + `" w:name="` + BookmarkName(n) + `"/>`)
}

func bookmarkEnd(b *bytes.Buffer, n int) {
	b.WriteString(`<w:bookmarkEnd w:id="` + strconv.Itoa(bookmarkIDBase+n) + `"/>`)
}

// provenanceParts are the custom XML part holding the record, its
// properties part (Word wants one per item) and the item's relationship.
func (w *writer) provenanceParts(r *model.Report) []part {
	w.marks.m.Generated = r.Meta.GeneratedAt.UTC()
	w.marks.m.Title = r.Meta.Title
	return []part{
		{name: "customXml/item1.xml", contentType: "application/xml", relType: "customXml", write: func(out io.Writer) error {
			return w.marks.m.Write(out)
		}},
		{name: "customXml/itemProps1.xml", contentType: ctPrefix + "customXmlProperties+xml", data: []byte(itemPropsXML)},
		{name: "customXml/_rels/item1.xml.rels", contentType: "application/vnd.openxmlformats-package.relationships+xml", data: []byte(itemRelsXML)},
	}
}

const itemPropsXML = xmlHead + `<ds:datastoreItem ds:itemID="{5E0F3C41-7A2B-4D8E-9C61-2B4F6A8D0E17}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
	`<ds:schemaRefs><ds:schemaRef ds:uri="` + provenance.Namespace + `"/></ds:schemaRefs></ds:datastoreItem>`

const itemRelsXML = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `customXmlProps" Target="itemProps1.xml"/></Relationships>`

// end closes the current statement's record: paragraphs written after it
// (the analysis, the appendices) are not agency text.
func (mk *marks) end() { mk.cur, mk.chap, mk.section = nil, nil, "" }

// entries is the list the next entry goes into: the current statement's
// or chapter's, nil outside both.
func (mk *marks) entries() *[]provenance.Entry {
	switch {
	case mk.cur != nil:
		return &mk.cur.Entries
	case mk.chap != nil:
		return &mk.chap.Entries
	}
	return nil
}

// markedText writes a one-run paragraph with a provenance bookmark.
func (w *writer) markedText(style, text, kind string) {
	w.para(para{Style: style, Runs: []run{{Text: text}}, Bookmark: w.marks.add(kind, text)})
}
