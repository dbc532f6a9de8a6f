package docx

import (
	"context"
	"errors"
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The package parts the extractor reads.
const (
	partDocument  = "word/document.xml"
	partStyles    = "word/styles.xml"
	partNumbering = "word/numbering.xml"
)

// Extractor reads DOCX files within Limits.
type Extractor struct{ Limits extract.Limits }

var _ extract.Extractor = (*Extractor)(nil)

// New returns an Extractor keeping lim; a zero field takes its value from
// extract.DefaultLimits, so the zero Limits is safe rather than unbounded.
func New(lim extract.Limits) *Extractor {
	return &Extractor{Limits: lim.WithDefaults()}
}

// Extract reads the body of a DOCX into blocks numbered in reading order.
// Headers, footers, footnotes and comments are not part of the body and are
// not read. A file that cannot be used gives a *model.InputError.
func (e *Extractor) Extract(ctx context.Context, data []byte) (*model.Document, error) {
	lim := e.Limits.WithDefaults()
	pkg, err := kind.OpenFile(data, lim)
	if err != nil {
		return nil, err
	}
	ps, err := findParts(ctx, pkg, lim.MaxXMLDepth)
	if err != nil {
		return nil, partError(ctx, err)
	}
	doc := &model.Document{}
	w := &walker{styles: &styleSheet{}, num: &numbering{}, maxBlocks: lim.MaxBlocks, diagram: diagramParts(pkg, ps),
		rich: richOf(ctx, pkg, ps, lim.MaxXMLDepth)}
	if err := e.readAux(ctx, pkg, ps, w, doc); err != nil {
		return nil, err
	}
	raw, err := pkg.Read(ps.main)
	if err != nil {
		return nil, err
	}
	w.r = newReader(ctx, raw, lim.MaxXMLDepth)
	blocks, err := w.body()
	if err != nil {
		return nil, partError(ctx, err)
	}
	for i, b := range blocks {
		model.SetIndex(b, i)
	}
	if len(blocks) == 0 {
		return nil, rejectNoText()
	}
	doc.Blocks = blocks
	doc.Warnings = append(doc.Warnings, w.warnings()...)
	doc.Modified = lastSaved(pkg)
	return doc, nil
}

// readAux reads styles.xml and numbering.xml. Both are optional: a missing
// one leaves headings to outline levels and lists unknown; a damaged one
// gives a warning and keeps what was read before the damage, since the body
// text is still worth having. Limits and cancellation still stop the read.
func (e *Extractor) readAux(ctx context.Context, pkg *ziputil.Package, ps parts, w *walker, doc *model.Document) error {
	depth := e.Limits.WithDefaults().MaxXMLDepth
	parse := func(part string, fn func(*reader) error) error {
		raw, err := pkg.Read(part)
		switch {
		case errors.Is(err, ziputil.ErrMissing):
			return nil
		case errors.Is(err, model.ErrCorrupt):
			doc.Warnings = append(doc.Warnings, auxWarning(part, err))
			return nil
		case err != nil:
			return err
		}
		err = fn(newReader(ctx, raw, depth))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil || errors.Is(err, model.ErrTooLarge) {
			return partError(ctx, err)
		}
		doc.Warnings = append(doc.Warnings, auxWarning(part, err))
		return nil
	}
	err := parse(ps.styles, func(r *reader) (err error) {
		w.styles, err = parseStyles(r)
		return err
	})
	if err != nil {
		return err
	}
	return parse(ps.numbering, func(r *reader) (err error) {
		w.num, err = parseNumbering(r)
		return err
	})
}

// diagramParts reads SmartArt data parts through the main part's
// relationships. Each is read at most once: the package's decompression
// budget counts every read.
func diagramParts(pkg *ziputil.Package, ps parts) func(string) ([]byte, bool) {
	read := map[string]bool{}
	return func(id string) ([]byte, bool) {
		rel, ok := ps.mainRels[id]
		if !ok || read[rel.target] {
			return nil, false
		}
		read[rel.target] = true
		raw, err := pkg.Read(rel.target)
		return raw, err == nil
	}
}

func auxWarning(part string, err error) string {
	return fmt.Sprintf("%s could not be read fully (%v), so some headings or lists may show as plain paragraphs", part, err)
}

// partError turns an error from walking a part into what Extract returns:
// the context's error as it is, an InputError as it is, anything else (bad
// XML, a cut-off part) as a damaged file.
func partError(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("docx: %w", cerr)
	}
	var ie *model.InputError
	if errors.As(err, &ie) {
		return err
	}
	return kind.Corrupt(err)
}
