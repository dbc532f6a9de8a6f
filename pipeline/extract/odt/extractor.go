package odt

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The package parts the extractor reads.
const (
	partContent  = "content.xml"
	partStyles   = "styles.xml"
	partManifest = "META-INF/manifest.xml"
)

// Extractor reads ODT files within Limits.
type Extractor struct{ Limits extract.Limits }

var _ extract.Extractor = (*Extractor)(nil)

// New returns an Extractor keeping lim; a zero field takes its value from
// extract.DefaultLimits, so the zero Limits is safe rather than unbounded.
func New(lim extract.Limits) *Extractor {
	return &Extractor{Limits: lim.WithDefaults()}
}

// Extract reads the body of an ODT into blocks numbered in reading order.
// A file that cannot be used gives a *model.InputError.
func (e *Extractor) Extract(ctx context.Context, data []byte) (*model.Document, error) {
	lim := e.Limits.WithDefaults()
	pkg, err := kind.OpenFile(data, lim)
	if err != nil {
		return nil, err
	}
	if !pkg.Has(partContent) {
		return nil, rejectNotText()
	}
	if encrypted(pkg) {
		return nil, rejectEncrypted()
	}
	doc := &model.Document{}
	w := &walker{styles: newStyleSheet(), lists: map[string]string{}, maxBlocks: lim.MaxBlocks,
		media: func(href string) ([]byte, bool) {
			if strings.Contains(href, "://") || strings.HasPrefix(href, "/") {
				return nil, false
			}
			data, err := pkg.Read(strings.TrimPrefix(href, "./"))
			return data, err == nil
		}}
	if err := readStyles(ctx, pkg, lim, w.styles, doc); err != nil {
		return nil, err
	}
	raw, err := pkg.Read(partContent)
	if err != nil {
		return nil, err
	}
	w.r = newReader(ctx, raw, lim.MaxXMLDepth)
	if err := w.document(); err != nil {
		return nil, partError(ctx, err)
	}
	if len(w.blocks) == 0 {
		return nil, rejectNoText()
	}
	for i, b := range w.blocks {
		model.SetIndex(b, i)
	}
	doc.Blocks = w.blocks
	// dc:date in meta.xml: when LibreOffice last saved it
	doc.Modified = ziputil.LastSaved(pkg, "meta.xml", "date")
	return doc, nil
}

// encrypted reports whether the manifest marks content.xml as encrypted (a
// password-protected document keeps its parts, but ciphered).
func encrypted(pkg *ziputil.Package) bool {
	raw, err := pkg.Read(partManifest)
	if err != nil {
		return false
	}
	return bytes.Contains(raw, []byte("encryption-data"))
}

// readStyles reads the named styles of styles.xml. The part is optional: a
// missing or damaged one leaves headings to outline levels and lists to
// bullets, with a warning, since the body text is still worth having.
func readStyles(ctx context.Context, pkg *ziputil.Package, lim extract.Limits, st *styleSheet, doc *model.Document) error {
	raw, err := pkg.Read(partStyles)
	switch {
	case errors.Is(err, ziputil.ErrMissing):
		return nil
	case errors.Is(err, model.ErrCorrupt):
		doc.Warnings = append(doc.Warnings, "styles.xml could not be unpacked, so some headings or lists may show as plain paragraphs")
		return nil
	case err != nil:
		return err
	}
	r := newReader(ctx, raw, lim.MaxXMLDepth)
	err = stylesPart(r, st)
	if err == nil {
		return nil
	}
	if ctx.Err() != nil || errors.Is(err, model.ErrTooLarge) {
		return partError(ctx, err)
	}
	doc.Warnings = append(doc.Warnings, fmt.Sprintf("styles.xml could not be read fully (%v), so some headings or lists may show as plain paragraphs", err))
	return nil
}

// stylesPart reads office:styles from styles.xml; automatic and master
// styles there format headers and footers, not the body.
func stylesPart(r *reader, st *styleSheet) error {
	for {
		tok, err := r.next()
		if err == errUnclosed {
			return nil // no office:styles
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		switch {
		case !ok, is(se, nsOffice, "document-styles"):
			continue
		case is(se, nsOffice, "styles"):
			return st.parseStyles(r)
		}
		if err := r.skip(); err != nil {
			return err
		}
	}
}

// partError turns an error from walking a part into what Extract returns:
// the context's error as it is, an InputError as it is, anything else (bad
// XML, a cut-off part) as a damaged file.
func partError(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("odt: %w", cerr)
	}
	var ie *model.InputError
	if errors.As(err, &ie) {
		return err
	}
	return kind.Corrupt(err)
}
