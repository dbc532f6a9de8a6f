package ocr

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Reader is the PDF extractor with OCR behind it: Inner reads the text
// layer, and the pages it could not read are read from their pictures
// when tesseract is installed.
type Reader struct {
	Inner  extract.Extractor
	Limits extract.Limits
	// find looks up the programs; tests replace it to act as if tesseract
	// were missing.
	find func() (tools, string, bool)
}

// minLetters is the least text a page read by OCR must give to be kept: a
// picture that is not text gives a few stray letters.
const minLetters = 20

var _ extract.Slow = (*Reader)(nil)

// New wraps inner (the PDF extractor) bounded by lim.
func New(inner extract.Extractor, lim extract.Limits) *Reader {
	return &Reader{Inner: inner, Limits: lim, find: findTools}
}

// ExtraTime is the time OCR may add to the reading of one file.
func (r *Reader) ExtraTime() time.Duration { return fileTimeout }

// Extract reads data with Inner within Limits.Timeout. A file refused as
// scanned is read whole by OCR; pages whose text fails the quality check
// are read again by OCR and replaced when OCR reads them well.
func (r *Reader) Extract(ctx context.Context, data []byte) (*model.Document, error) {
	doc, err := r.inner(ctx, data)
	if errors.Is(err, model.ErrNoText) {
		return r.scanned(ctx, data, err)
	}
	if err != nil {
		return nil, err
	}
	pages := slices.Compact(extract.FailingPages(doc))
	if len(pages) == 0 {
		return doc, nil
	}
	t, missing, ok := r.find()
	if !ok {
		return doc, unreadableWithoutOCR(doc, missing)
	}
	return r.repair(ctx, t, data, doc, pages)
}

// inner runs Inner with the ordinary time limit, so OCR's extra time is
// spent only on OCR.
func (r *Reader) inner(ctx context.Context, data []byte) (*model.Document, error) {
	if r.Limits.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Limits.Timeout)
		defer cancel()
	}
	return r.Inner.Extract(ctx, data)
}

// scanned reads a file without a text layer by OCR, page by page. Without
// tesseract, or when OCR finds no text either, it is refused as before.
func (r *Reader) scanned(ctx context.Context, data []byte, cause error) (*model.Document, error) {
	t, missing, ok := r.find()
	if !ok {
		return nil, withoutOCR(cause, missing)
	}
	ctx, cancel := context.WithTimeout(ctx, fileTimeout)
	defer cancel()
	s, err := newSession(t, data)
	if err != nil {
		return nil, ocrFailed(cause, err)
	}
	defer s.close()
	n, err := s.pageCount(ctx)
	if err != nil {
		return nil, ocrFailed(cause, err)
	}
	if n > maxPages {
		return nil, tooManyPages(cause, n)
	}
	doc := &model.Document{}
	read := r.readPages(ctx, s, pageRange(n), doc)
	if len(read) == 0 {
		return nil, noTextFound(cause, doc.Warnings)
	}
	doc.Blocks = replacePages(nil, read)
	return doc, nil
}

// repair reads the failing pages of doc by OCR and keeps what reads well;
// the pages it cannot read keep their text layer.
func (r *Reader) repair(ctx context.Context, t tools, data []byte, doc *model.Document, pages []int) (*model.Document, error) {
	if len(pages) > maxPages {
		pages = pages[:maxPages] // the quality check warns about the rest
	}
	ctx, cancel := context.WithTimeout(ctx, fileTimeout)
	defer cancel()
	s, err := newSession(t, data)
	if err != nil {
		// The text layer is still there; the quality check warns about it.
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("OCR could not be run (%v), so pages that read badly were not read again", err))
		return doc, nil
	}
	defer s.close()
	read := r.readPages(ctx, s, pages, doc)
	doc.Blocks = replacePages(doc.Blocks, read)
	return doc, nil
}

// readPages reads pages by OCR, returning the blocks of each page that gave
// text that reads as language. Each such page gets the OCR warning; a page
// OCR could not read gets a warning saying so.
func (r *Reader) readPages(ctx context.Context, s *session, pages []int, doc *model.Document) map[int][]model.Block {
	read := map[int][]model.Block{}
	for i, res := range readEach(ctx, s, pages) {
		p := pages[i]
		if res.outOfTime {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("page %d onwards: OCR ran out of time, so they were not read by OCR", p))
			break
		}
		if res.err != nil {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("page %d could not be read by OCR (%v)", p, res.err))
			continue
		}
		bs := pageBlocks(res.text, p)
		if !readsWell(bs) {
			continue
		}
		read[p] = bs
		doc.Warnings = append(doc.Warnings, model.OCRWarning(p))
	}
	return read
}

// readsWell reports whether OCR blocks hold text that passes the quality
// check, and looks like what OCR makes of print rather than of a picture
// or of noise: scanner speckle comes out as stray marks and one- or
// two-letter scraps ("~ =. ee | a ; Sf"), which can pass the check's share
// tests. So most of the non-space characters must be letters or digits,
// and most letters must stand in words of three letters or more.
func readsWell(bs []model.Block) bool {
	var st ocrStats
	for _, b := range bs {
		st.add(b.PlainText())
	}
	return st.letters >= minLetters &&
		float64(st.letters+st.digits) >= minWordCharShare*float64(st.nonSpace) &&
		float64(st.inWords) >= minLongWordShare*float64(st.letters) &&
		len(extract.FailingPages(&model.Document{Blocks: bs})) == 0
}

// Shares a page of OCR text must reach (print reads above 0.8 and 0.9 on
// both; noise below 0.6).
const (
	minWordCharShare = 0.6 // letters and digits, of non-space characters
	minLongWordShare = 0.6 // letters in words of 3+ letters, of letters
)

// ocrStats counts what readsWell weighs.
type ocrStats struct{ letters, digits, nonSpace, inWords int }

func (s *ocrStats) add(text string) {
	run := 0
	flush := func() {
		if run >= 3 {
			s.inWords += run
		}
		run = 0
	}
	for _, c := range text {
		switch {
		case unicode.IsLetter(c):
			s.letters++
			run++
		case unicode.IsDigit(c):
			s.digits++
			flush()
		default:
			flush()
		}
		if !unicode.IsSpace(c) {
			s.nonSpace++
		}
	}
	flush()
}

func pageRange(n int) []int {
	ps := make([]int, n)
	for i := range ps {
		ps[i] = i + 1
	}
	return ps
}
