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
	d := extract.DefaultLimits
	if lim.MaxFileBytes <= 0 {
		lim.MaxFileBytes = d.MaxFileBytes
	}
	if lim.MaxEntryBytes <= 0 {
		lim.MaxEntryBytes = d.MaxEntryBytes
	}
	if lim.MaxTotalBytes <= 0 {
		lim.MaxTotalBytes = d.MaxTotalBytes
	}
	if lim.MaxXMLDepth <= 0 {
		lim.MaxXMLDepth = d.MaxXMLDepth
	}
	return &Extractor{Limits: lim}
}

// Extract reads the body of a DOCX into blocks numbered in reading order.
// Headers, footers, footnotes and comments are not part of the body and are
// not read. A file that cannot be used gives a *model.InputError.
func (e *Extractor) Extract(ctx context.Context, data []byte) (*model.Document, error) {
	lim := New(e.Limits).Limits
	if len(data) == 0 {
		return nil, rejectEmpty()
	}
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, rejectTooBig(int64(len(data)), lim.MaxFileBytes)
	}
	pkg, err := ziputil.Open(data, lim)
	if err != nil {
		return nil, rejectCorrupt(err)
	}
	if !pkg.Has(partDocument) {
		return nil, rejectNotWord()
	}
	doc := &model.Document{}
	w := &walker{styles: &styleSheet{}, num: &numbering{}}
	if err := e.readAux(ctx, pkg, w, doc); err != nil {
		return nil, err
	}
	raw, err := pkg.Read(partDocument)
	if err != nil {
		return nil, err
	}
	w.r = newReader(ctx, raw, lim.MaxXMLDepth)
	blocks, err := w.body()
	if err != nil {
		return nil, partError(ctx, err)
	}
	for i, b := range blocks {
		setIndex(b, i)
	}
	if len(blocks) == 0 {
		return nil, rejectNoText()
	}
	doc.Blocks = blocks
	doc.Warnings = append(doc.Warnings, w.warnings()...)
	return doc, nil
}

// readAux reads styles.xml and numbering.xml. Both are optional: a missing
// or unreadable one leaves headings to outline levels and lists unknown, with
// a warning, since the body text is still worth having. Limits still apply.
func (e *Extractor) readAux(ctx context.Context, pkg *ziputil.Package, w *walker, doc *model.Document) error {
	if raw, err := readOptional(pkg, partStyles); err != nil {
		return err
	} else if raw != nil {
		st, err := parseStyles(newReader(ctx, raw, e.depth()))
		if err := auxError(ctx, err, partStyles, doc); err != nil {
			return err
		}
		w.styles = st
	}
	if raw, err := readOptional(pkg, partNumbering); err != nil {
		return err
	} else if raw != nil {
		n, err := parseNumbering(newReader(ctx, raw, e.depth()))
		if err := auxError(ctx, err, partNumbering, doc); err != nil {
			return err
		}
		w.num = n
	}
	return nil
}

func (e *Extractor) depth() int { return New(e.Limits).Limits.MaxXMLDepth }

// readOptional reads a part that may be absent (nil, nil when it is). A
// damaged optional part is not fatal; a part over the limits is.
func readOptional(pkg *ziputil.Package, name string) ([]byte, error) {
	raw, err := pkg.Read(name)
	switch {
	case err == nil:
		return raw, nil
	case errors.Is(err, ziputil.ErrMissing), errors.Is(err, model.ErrCorrupt):
		return nil, nil
	}
	return nil, err
}

// auxError decides what a parse error in an optional part means: limits and
// cancellation stop the read; damage becomes a warning (what was read before
// the damage is kept).
func auxError(ctx context.Context, err error, part string, doc *model.Document) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil || errors.Is(err, model.ErrTooLarge) {
		return partError(ctx, err)
	}
	doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s could not be read fully (%v), so some headings or lists may show as plain paragraphs", part, err))
	return nil
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
	return rejectCorrupt(err)
}

func setIndex(b model.Block, i int) {
	switch v := b.(type) {
	case *model.Heading:
		v.Index = i
	case *model.Paragraph:
		v.Index = i
	case *model.ListItem:
		v.Index = i
	case *model.Table:
		v.Index = i
	}
}
