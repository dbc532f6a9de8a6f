package docx

import (
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// tocLevels are the heading levels the contents lists: the report's parts
// (Heading 1) and the agencies and analyses in them (Heading 2), not the
// template's headings repeated under every agency.
const tocLevels = 2

// tocEntry is one line of the contents.
type tocEntry struct {
	level int
	text  string
}

// outline lists the headings of levels up to tocLevels that document()
// writes, in order, so the contents can show them before Word or
// LibreOffice has updated the field. It follows the same choices as the
// parts it mirrors (a test compares it with the headings written).
func (w *writer) outline() []tocEntry {
	if w.r.HasOutline() {
		return append(w.wholeOutline(), w.appendixOutline()...)
	}
	out := []tocEntry{{1, layout.StatementsHeading(w.r.Meta)}}
	for _, e := range layout.Entries(w.r) {
		out = append(out, tocEntry{2, e.Heading()})
	}
	if w.r.Analysis != nil {
		out = append(out, tocEntry{1, analysisHeading})
		for _, p := range w.analysisParts() {
			out = append(out, tocEntry{2, p.Title})
		}
	}
	return append(out, w.appendixOutline()...)
}

// appendixOutline is the contents of the evidence appendix and the
// reviewers' appendices that close every report.
func (w *writer) appendixOutline() []tocEntry {
	var out []tocEntry
	if w.r.Analysis != nil {
		if ev := w.evidenceParts(); len(ev) > 0 {
			out = append(out, tocEntry{1, evidenceHeading})
			for _, p := range ev {
				out = append(out, tocEntry{2, p.Title})
			}
		}
	}
	return append(out, w.reviewOutline()...)
}

// reviewOutline is the contents of the reviewers' appendices.
func (w *writer) reviewOutline() []tocEntry {
	var out []tocEntry
	if sts := w.unplaced(); len(sts) > 0 {
		out = append(out, tocEntry{1, unplacedHeading})
		for _, s := range sts {
			out = append(out, tocEntry{2, unplacedTitle(s)})
		}
	}
	if !w.opts.Final {
		out = append(out, tocEntry{1, filesHeading})
		for _, t := range filesTitles {
			out = append(out, tocEntry{2, t})
		}
	}
	return out
}

// heading writes a Heading 1-4; those the contents lists get the bookmark
// its line links to.
func (w *writer) heading(level int, text string, comments []int) {
	w.markedHeading(level, text, comments, 0)
}

// markedHeading is heading with a provenance bookmark (mark, 0 for none).
func (w *writer) markedHeading(level int, text string, comments []int, mark int) {
	p := para{Style: "Heading" + strconv.Itoa(level), Runs: []run{{Text: text}}, Comments: comments, Bookmark: mark}
	if level <= tocLevels {
		w.tocAt++
		p.Name = tocBookmark(w.tocAt)
	}
	w.para(p)
}

func tocBookmark(n int) string { return "_Toc" + strconv.Itoa(n) }

// toc writes the contents as a TOC field over the parts and agencies,
// with its result already filled in (a linked line per entry, with its
// page number when Options.ContentsPages gives it: only a word processor
// can know it), so a reader sees the contents on opening; Word fills in
// the page numbers when it updates the field (settings.xml asks it to).
func (w *writer) toc(entries []tocEntry) {
	w.lastTable = false
	b := &w.b
	begin := `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> TOC \o "1-` + strconv.Itoa(tocLevels) + `" \h \z \u </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	if len(entries) == 0 {
		b.WriteString(`<w:p>` + begin + `<w:r><w:t>Right-click to update the table of contents</w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
		return
	}
	for i, e := range entries {
		page := 0
		if i < len(w.opts.ContentsPages) {
			page = w.opts.ContentsPages[i]
		}
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + w.st.id("TOC"+strconv.Itoa(e.level)) + `"/>`)
		if page > 0 { // the number at the right margin, after a row of dots
			b.WriteString(`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + strconv.Itoa(textWidth) + `"/></w:tabs>`)
		}
		b.WriteString(`</w:pPr>`)
		if i == 0 {
			b.WriteString(begin)
		}
		b.WriteString(`<w:hyperlink w:anchor="` + tocBookmark(i+1) + `" w:history="1">`)
		w.run(run{Text: e.text})
		if page > 0 {
			b.WriteString(`<w:r><w:tab/></w:r>`)
			w.run(run{Text: strconv.Itoa(page)})
		}
		b.WriteString(`</w:hyperlink></w:p>`)
	}
	b.WriteString(`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
}
