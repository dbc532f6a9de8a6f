package docx

import (
	"bytes"
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// run is a stretch of text with one formatting.
type run struct {
	Text      string
	Bold      bool
	Italic    bool
	Highlight string // WordprocessingML highlight name, "" for none
	Size      int    // in half-points (w:sz); 0 for the style's size
	// Anchor makes the run a link to the bookmark of that name.
	Anchor string
	// Italic, Link (an external address), Footnote (a footnote's text,
	// whose mark the run is) and Picture come from chapters and statements
	// with formatting (model.Span).
	Link     string
	Footnote string
	Picture  *model.Picture
}

// para is one paragraph to write.
type para struct {
	Style    string
	NumID    int // 0: not a list item
	Level    int
	Runs     []run
	Comments []int // comment ids anchored on the whole paragraph
	Keep     bool  // keep with next
	// Bookmark, when not 0, is the provenance bookmark around the text (see marks).
	Bookmark int
	// Name is a bookmark naming the paragraph for the contents' and the
	// analysis's links, "" for none.
	Name string
}

// body accumulates document.xml's body.
type body struct {
	b         bytes.Buffer
	lastTable bool
	// bookmarks counts the bookmarks written, for their ids.
	bookmarks int
	// st gives the reference document's id for each style the writer uses.
	st styleSet
	// ext holds the pictures, links and footnotes runs refer to.
	ext extras
	// paraDone, when set, is called after each paragraph: the writer hands
	// a large buffer on there, so a long table or list (an analysis of
	// thousands of agencies) is not held whole either.
	paraDone func()
}

func (w *body) para(p para) {
	b := &w.b
	// Room between a table and the text under it (headings have their own).
	afterTable := w.lastTable && (p.Style == "" || p.Style == "ListParagraph")
	w.lastTable = false
	b.WriteString(`<w:p>`)
	if p.Style != "" || p.NumID != 0 || p.Keep || afterTable {
		b.WriteString(`<w:pPr>`)
		if p.Style != "" {
			b.WriteString(`<w:pStyle w:val="` + w.st.id(p.Style) + `"/>`)
		}
		if p.Keep {
			b.WriteString(`<w:keepNext/>`)
		}
		if p.NumID != 0 {
			b.WriteString(`<w:numPr><w:ilvl w:val="` + strconv.Itoa(p.Level) + `"/><w:numId w:val="` + strconv.Itoa(p.NumID) + `"/></w:numPr>`)
		}
		if afterTable {
			b.WriteString(`<w:spacing w:before="160"/>`)
		}
		b.WriteString(`</w:pPr>`)
	}
	name := 0
	if p.Name != "" {
		w.bookmarks++
		name = w.bookmarks
		b.WriteString(`<w:bookmarkStart w:id="` + strconv.Itoa(name) + `" w:name="` + p.Name + `"/>`)
	}
	if p.Bookmark != 0 {
		bookmarkStart(b, p.Bookmark)
	}
	for _, id := range p.Comments {
		b.WriteString(`<w:commentRangeStart w:id="` + strconv.Itoa(id) + `"/>`)
	}
	for _, r := range p.Runs {
		w.run(r)
	}
	if p.Bookmark != 0 {
		bookmarkEnd(b, p.Bookmark)
	}
	if name != 0 {
		b.WriteString(`<w:bookmarkEnd w:id="` + strconv.Itoa(name) + `"/>`)
	}
	for _, id := range p.Comments {
		s := strconv.Itoa(id)
		b.WriteString(`<w:commentRangeEnd w:id="` + s + `"/><w:r><w:rPr><w:rStyle w:val="` + w.st.id("CommentReference") + `"/></w:rPr><w:commentReference w:id="` + s + `"/></w:r>`)
	}
	b.WriteString(`</w:p>`)
	if w.paraDone != nil {
		w.paraDone()
	}
}

func (w *body) run(r run) {
	if w.special(r) {
		return
	}
	b := &w.b
	if r.Anchor != "" {
		b.WriteString(`<w:hyperlink w:anchor="` + r.Anchor + `" w:history="1">`)
	}
	b.WriteString(`<w:r>`)
	if r.Bold || r.Italic || r.Size != 0 || r.Highlight != "" || r.Anchor != "" {
		// The order is the schema's (CT_RPr): b, i, color, sz, highlight, u.
		b.WriteString(`<w:rPr>`)
		if r.Bold {
			b.WriteString(`<w:b/>`)
		}
		if r.Italic {
			b.WriteString(`<w:i/>`)
		}
		if r.Anchor != "" {
			b.WriteString(`<w:color w:val="0563C1"/>`)
		}
		if r.Size != 0 {
			sz := strconv.Itoa(r.Size)
			b.WriteString(`<w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/>`)
		}
		if r.Highlight != "" {
			b.WriteString(`<w:highlight w:val="` + r.Highlight + `"/>`)
		}
		if r.Anchor != "" {
			b.WriteString(`<w:u w:val="single"/>`)
		}
		b.WriteString(`</w:rPr>`)
	}
	runText(b, r.Text)
	b.WriteString(`</w:r>`)
	if r.Anchor != "" {
		b.WriteString(`</w:hyperlink>`)
	}
}

// text writes a one-run paragraph in a style.
func (w *body) text(style, s string) { w.para(para{Style: style, Runs: []run{{Text: s}}}) }

// pageBreak starts a new page.
func (w *body) pageBreak() {
	w.lastTable = false
	w.b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
}

// sectPr closes the body with an A4 page, 2.54 cm margins, the draft
// header and the page-number footer (none on the title page).
func (w *body) sectPr() {
	w.b.WriteString(`<w:sectPr>` +
		`<w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:titlePg/></w:sectPr>`)
}

// textWidth is the width between the margins, in twentieths of a point.
const textWidth = 11906 - 2*1440

// special writes a run that is a picture, a footnote's mark or an
// external link (from a chapter's or statement's spans); false for any
// other run.
func (w *body) special(r run) bool {
	switch {
	case r.Picture != nil:
		w.drawing(r.Picture)
	case r.Footnote != "":
		w.footnoteRef(r.Footnote)
	case r.Link != "" && w.ext.links[r.Link] > 0:
		w.b.WriteString(`<w:hyperlink r:id="rIdLink` + strconv.Itoa(w.ext.links[r.Link]) + `" w:history="1">`)
		w.linkRun(r)
		w.b.WriteString(`</w:hyperlink>`)
	default:
		return false
	}
	return true
}

// linkRun writes an external link's text in link colour, underlined.
func (w *body) linkRun(r run) {
	b := &w.b
	b.WriteString(`<w:r><w:rPr>`)
	if r.Bold {
		b.WriteString(`<w:b/>`)
	}
	if r.Italic {
		b.WriteString(`<w:i/>`)
	}
	b.WriteString(`<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>`)
	runText(b, r.Text)
	b.WriteString(`</w:r>`)
}
