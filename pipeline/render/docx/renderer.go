package docx

import (
	"io"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
	"github.com/reportpipe/reportpipe/templates"
)

// Options tune the Word draft.
type Options struct {
	// LowConfidence: placements under it get a "check" comment
	// (layout.DefaultLowConfidence when 0).
	LowConfidence float64
	// Reference is the .docx whose styles the draft uses; nil means the
	// built-in templates.ReportDOCX.
	Reference []byte
	// Final writes the version to publish: the same report without
	// comments, source lines, the reviewers' appendix and analyses, and the
	// draft header and date.
	Final bool
	// ContentsPages are the page numbers of the contents' lines, in the
	// order Contents gives them, from a rendering of this same document;
	// nil (or a 0) writes a line without its number.
	ContentsPages []int
}

// Renderer writes the Word draft.
type Renderer struct{ opts Options }

// New returns a DOCX renderer.
func New(opts Options) *Renderer {
	if opts.LowConfidence <= 0 {
		opts.LowConfidence = layout.DefaultLowConfidence
	}
	if opts.Reference == nil {
		opts.Reference = templates.ReportDOCX
	}
	return &Renderer{opts: opts}
}

// Ext is the output file extension: "final.docx" for the version to
// publish, so it sits beside the draft of the same set.
func (rd *Renderer) Ext() string {
	if rd.opts.Final {
		return "final.docx"
	}
	return "docx"
}

// Render writes r as a .docx package to w.
func (rd *Renderer) Render(w io.Writer, r *model.Report) error {
	dw, ref, err := rd.newWriter(r)
	if err != nil {
		return err
	}
	// The document streams into the zip; numbering and comments, which it
	// fills as it goes, are written after it.
	parts := []part{
		{name: "word/document.xml", contentType: ctPrefix + "wordprocessingml.document.main+xml", write: dw.stream},
		{name: "word/styles.xml", contentType: ctPrefix + "wordprocessingml.styles+xml", relType: "styles", data: dw.st.xml},
		{name: "word/settings.xml", contentType: ctPrefix + "wordprocessingml.settings+xml", relType: "settings", data: []byte(settingsXML)},
		{name: "word/numbering.xml", contentType: ctPrefix + "wordprocessingml.numbering+xml", relType: "numbering", write: func(w io.Writer) error { _, err := w.Write(dw.nums.xml()); return err }},
		{name: "word/header1.xml", contentType: ctPrefix + "wordprocessingml.header+xml", relType: "header", data: headerXML(r.Meta.Title, r.Meta.Period, rd.opts.Final, dw.st)},
		{name: "word/footer1.xml", contentType: ctPrefix + "wordprocessingml.footer+xml", relType: "footer", data: footerXML(dw.st)},
		{name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", data: coreXML(r.Meta.Title, r.Meta.GeneratedAt)},
	}
	if !rd.opts.Final {
		// The version to publish has no review comments, and no record for
		// update (which works on the reviewers' draft).
		parts = append(parts, part{name: "word/comments.xml", contentType: ctPrefix + "wordprocessingml.comments+xml", relType: "comments",
			write: func(w io.Writer) error { _, err := w.Write(dw.notes.xml(dw.st)); return err }})
		parts = append(parts, dw.provenanceParts(r)...)
	}
	if len(dw.ext.order) > 0 || len(dw.ext.linkList) > 0 {
		parts = append(parts, dw.extraParts()...)
	}
	if dw.hasNotes() {
		// Written after the document, which fills the footnotes as it goes.
		parts = append(parts, part{name: "word/footnotes.xml", contentType: ctPrefix + "wordprocessingml.footnotes+xml", relType: "footnotes",
			write: func(w io.Writer) error { _, err := w.Write(dw.ext.footnotesXML()); return err }})
	}
	if ref.fontTable != nil {
		parts = append(parts, part{name: "word/fontTable.xml", contentType: ctPrefix + "wordprocessingml.fontTable+xml", relType: "fontTable", data: ref.fontTable})
	}
	if ref.theme != nil {
		parts = append(parts, part{name: "word/theme/theme1.xml", contentType: ctPrefix + "theme+xml", relType: "theme", data: ref.theme})
	}
	return writePackage(w, parts, r.Meta.GeneratedAt)
}

// DocumentXML returns only word/document.xml for r, for tests and tools
// that look at the body.
func (rd *Renderer) DocumentXML(r *model.Report) ([]byte, error) {
	dw, _, err := rd.newWriter(r)
	if err != nil {
		return nil, err
	}
	dw.document()
	return dw.b.Bytes(), nil
}

// Contents returns the contents' lines as the document lists them, for a
// caller finding their pages in a rendering (see Options.ContentsPages).
func (rd *Renderer) Contents(r *model.Report) ([]string, error) {
	dw, _, err := rd.newWriter(r)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range dw.outline() {
		out = append(out, e.text)
	}
	return out, nil
}

// newWriter reads the reference document and sets up a writer for r.
func (rd *Renderer) newWriter(r *model.Report) (*writer, *reference, error) {
	ref, err := loadReference(rd.opts.Reference)
	if err != nil {
		return nil, nil, err
	}
	st, err := resolveStyles(ref.styles)
	if err != nil {
		return nil, nil, err
	}
	dw := &writer{r: r, opts: rd.opts}
	dw.st = st
	dw.notes.date = r.Meta.GeneratedAt
	dw.prepareCites()
	dw.prepareExtras()
	return dw, ref, nil
}

// writer composes one document.
type writer struct {
	body
	r    *model.Report
	opts Options
	nums numbering
	// notes are the Word comments.
	notes comments
	// marks are the provenance bookmarks and their record.
	marks marks
	// cites links the analysis's citations to bookmarks in Part 7.
	cites citeMarks
	// tocAt counts the headings the contents links to, for their bookmarks.
	tocAt int
	// curOrdered is the numId of the ordered list being written, 0 outside one.
	curOrdered int
	// out, when set, receives the body in chunks (see spill); err is the
	// first error writing to it.
	out io.Writer
	err error
}

// spillAt is the buffered size at which the body is handed to out, so a
// report of a thousand statements never holds its whole document.xml.
const spillAt = 256 << 10

// stream writes document.xml to out.
func (w *writer) stream(out io.Writer) error {
	w.out = out
	w.paraDone = func() { w.spill(false) }
	w.document()
	w.spill(true)
	return w.err
}

// spill hands the buffered body to out when it is large (or always, when
// final); without out the body stays in the buffer.
func (w *writer) spill(final bool) {
	if w.out == nil || w.err != nil || (!final && w.b.Len() < spillAt) {
		return
	}
	_, w.err = w.out.Write(w.b.Bytes())
	w.b.Reset()
}

func (w *writer) document() {
	w.b.Grow(spillAt + 64<<10)
	w.b.WriteString(xmlHead + `<w:document ` + wNS + ` ` + rNS + `><w:body>`)
	w.titlePage()
	if w.r.HasOutline() {
		w.wholeReport()
	} else {
		w.statements()
		w.analysis()
	}
	w.evidenceAppendix()
	w.unmappedAppendix()
	w.filesAppendix()
	w.sectPr()
	w.b.WriteString(`</w:body></w:document>`)
}
