package pdf

import (
	"context"
	"errors"
	"fmt"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Extractor reads PDF statements within Limits.
type Extractor struct{ Limits extract.Limits }

var _ extract.Extractor = (*Extractor)(nil)

// New returns an Extractor bounded by lim.
func New(lim extract.Limits) *Extractor { return &Extractor{Limits: lim} }

// maxGlyphsPerPage bounds one page's text: far above any real page (a dense
// A4 page holds about 5,000 characters), low enough to bound memory.
const maxGlyphsPerPage = 200_000

// Extract reads data as a PDF. A damaged, encrypted, scanned or oversized
// file is refused with a *model.InputError; a page that cannot be read
// becomes a warning on the Document while the others are kept.
func (e *Extractor) Extract(ctx context.Context, data []byte) (doc *model.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, errCorrupt(fmt.Errorf("reader panic: %v", p))
		}
	}()
	if e.Limits.MaxFileBytes > 0 && int64(len(data)) > e.Limits.MaxFileBytes {
		return nil, model.Reject(fmt.Errorf("%w: %d bytes", model.ErrTooLarge, len(data)),
			"the PDF is larger than a statement can be", "Ask the agency for a smaller copy")
	}
	if err := checkInflation(data, e.Limits); err != nil {
		return nil, err
	}
	o, err := open(data)
	if err != nil {
		return nil, err
	}
	doc, err = e.read(ctx, o.r)
	if errors.Is(err, model.ErrNoText) || errors.Is(err, model.ErrCorrupt) {
		// Before calling the file scanned or damaged, read it once more
		// as pdfcpu rewrites it.
		if o2, ok := o.reopen(); ok {
			if doc2, err2 := e.read(ctx, o2.r); err2 == nil {
				return doc2, nil
			}
		}
	}
	return doc, err
}

// read extracts the document from an open reader.
func (e *Extractor) read(ctx context.Context, r *lpdf.Reader) (*model.Document, error) {
	limit := e.Limits.MaxPages
	if limit <= 0 {
		limit = extract.DefaultLimits.MaxPages
	}
	pv := collectPages(r, limit)
	if len(pv) > limit {
		return nil, errTooManyPages(max(r.NumPage(), len(pv)), limit)
	}
	if len(pv) == 0 {
		return nil, errCorrupt(fmt.Errorf("no pages found in the page tree"))
	}
	doc := &model.Document{}
	// The structure tree and the bookmarks are evidence on the layout
	// reader's lines, read only when the PDF has them.
	s := structureOf(r, pv)
	pages, err := e.readPages(ctx, pv, doc, s)
	if err != nil {
		return nil, err
	}
	marks := outlineMarks(r, pv)
	doc.Blocks = layout(pages, s, marks)
	applyOutline(doc.Blocks, marks)
	return doc, nil
}

// readPages reads every page's lines, page by page, checking ctx between.
func (e *Extractor) readPages(ctx context.Context, pv []lpdf.Value, doc *model.Document, s *structure) ([]*pageLines, error) {
	var pages []*pageLines
	n := len(pv)
	read, glyphs := 0, 0
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, errCancelled(err)
		}
		pl, count, warn, err := readPage(ctx, lpdf.Page{V: pv[i-1]}, i, s)
		if err != nil {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("page %d could not be read (%v); its text is missing", i, err))
			continue
		}
		if warn != "" {
			doc.Warnings = append(doc.Warnings, warn)
		}
		read++
		glyphs += count
		pages = append(pages, pl)
	}
	if err := ctx.Err(); err != nil {
		return nil, errCancelled(err)
	}
	if read == 0 {
		return nil, errCorrupt(fmt.Errorf("none of %d pages could be read: %s", n, strings.Join(doc.Warnings, "; ")))
	}
	if glyphs == 0 {
		return nil, errNoText()
	}
	return pages, nil
}

// readPage interprets page i into lines, turning a panic into an error.
// A page that broke off after some text gives that text and a warning; one
// that gave none gives the error.
func readPage(ctx context.Context, p lpdf.Page, i int, s *structure) (pl *pageLines, count int, warn string, err error) {
	defer func() {
		if p := recover(); p != nil {
			pl, count, warn, err = nil, 0, "", fmt.Errorf("%v", p)
		}
	}()
	gs, rules, perr := pageGlyphs(ctx, p, maxGlyphsPerPage)
	switch {
	case errors.Is(perr, errGlyphCap):
		warn = fmt.Sprintf("page %d holds more than %d characters, so only the first %d were read; the rest of its text is missing", i, maxGlyphsPerPage, maxGlyphsPerPage)
	case perr != nil && len(gs) == 0:
		return nil, 0, "", perr
	case perr != nil:
		warn = fmt.Sprintf("page %d could be read only in part (%v); some of its text is missing", i, perr)
	}
	for _, g := range gs {
		if strings.TrimSpace(g.S) != "" {
			count++
		}
	}
	tagGlyphs(gs, i, s)
	x0, y0, x1, y1, ok := mediaBox(p)
	pl = &pageLines{Num: i}
	pl.Lines, pl.Rules, pl.Bottom, pl.Top = orientedLines(i, gs, rules, y0, y1, x0, x1)
	if !ok {
		pl.Bottom, pl.Top = textBox(pl.Lines)
	}
	return pl, count, warn, nil
}

// mediaBox returns the page's MediaBox, ok false when it is missing or odd.
func mediaBox(p lpdf.Page) (x0, y0, x1, y1 float64, ok bool) {
	mb := inherited(p.V, "MediaBox")
	if mb.Kind() != lpdf.Array || mb.Len() != 4 {
		return 0, 0, 0, 0, false
	}
	x0, y0, x1, y1 = mb.Index(0).Float64(), mb.Index(1).Float64(), mb.Index(2).Float64(), mb.Index(3).Float64()
	return x0, y0, x1, y1, y1 > y0
}

// textBox returns the vertical extent of the text on a page, for a page
// whose MediaBox cannot be trusted.
func textBox(ls []*line) (bottom, top float64) {
	if len(ls) == 0 {
		return 0, 0
	}
	return ls[len(ls)-1].Y, ls[0].Y + ls[0].Size
}

// layout turns the pages' lines into blocks in reading order; s (the
// structure tree, nil for none) and marks (the bookmarks) are evidence on
// which lines are headings, list items and table cells.
func layout(pages []*pageLines, s *structure, marks []bookmark) []model.Block {
	dropFurniture(pages)
	for _, p := range pages {
		readColumns(p)
		markBookmarked(p.Lines, titlesOn(marks, p.Num))
	}
	st := measure(pages)
	var items []item
	for _, p := range pages {
		items = append(items, pageItems(p, st.Body, s)...)
	}
	items = mergeAcrossPages(joinTreeTables(items))
	return buildBlocks(items, st, s)
}

// structureOf reads the structure tree when the PDF has one. The tree is
// optional evidence: a tree the library cannot walk (a fault in it, or in
// our reading of it) means none, and the file is read by its layout.
func structureOf(r *lpdf.Reader, pv []lpdf.Value) (s *structure) {
	defer func() {
		if recover() != nil {
			s = nil
		}
	}()
	return readStructure(r, pv)
}

// outlineMarks reads the bookmarks as heading evidence; like the
// structure tree they are optional, so a fault in them means none.
func outlineMarks(r *lpdf.Reader, pv []lpdf.Value) (marks []bookmark) {
	defer func() {
		if recover() != nil {
			marks = nil
		}
	}()
	return readOutline(r, pv)
}
