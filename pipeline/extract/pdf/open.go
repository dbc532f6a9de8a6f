package pdf

import (
	"errors"
	"fmt"

	lpdf "github.com/ledongthuc/pdf"
)

// opened is a reader over a file and how it was reached.
type opened struct {
	r          *lpdf.Reader
	data       []byte // the bytes r reads (pictures are read from them again)
	tidied     []byte // the bytes read, before any normalising
	normalised bool   // pdfcpu rewrote the file first
}

// open returns a reader over data, normalising the file with pdfcpu when
// ledongthuc/pdf refuses it as it is. Errors are InputErrors.
func open(data []byte) (*opened, error) {
	tidied, ok := tidy(data)
	if !ok {
		return nil, errNotPDF()
	}
	r, err := newReader(tidied)
	if err == nil {
		return &opened{r: r, data: tidied, tidied: tidied}, nil
	}
	fixed, nerr := safeNormalise(tidied)
	if nerr != nil && !errors.Is(nerr, errNeedsPassword) && len(tidied) != len(data) {
		// The junk we cut may have been counted in the xref offsets.
		if f2, err2 := safeNormalise(data); err2 == nil {
			fixed, nerr = f2, nil
		}
	}
	if nerr != nil {
		if errors.Is(nerr, errNeedsPassword) {
			return nil, errEncrypted(nerr)
		}
		return nil, errCorrupt(fmt.Errorf("%v; normalising: %v", err, nerr))
	}
	r, err2 := newReader(fixed)
	if err2 != nil {
		return nil, errCorrupt(fmt.Errorf("%v; after normalising: %v", err, err2))
	}
	return &opened{r: r, data: fixed, tidied: tidied, normalised: true}, nil
}

// reopen normalises a file ledongthuc/pdf opened but could not read text
// from (its decryption of some RC4 and AES files yields garbage streams).
func (o *opened) reopen() (*opened, bool) {
	if o.normalised {
		return nil, false
	}
	fixed, err := safeNormalise(o.tidied)
	if err != nil {
		return nil, false
	}
	r, err := newReader(fixed)
	if err != nil {
		return nil, false
	}
	return &opened{r: r, data: fixed, tidied: o.tidied, normalised: true}, true
}

// newReader opens data with ledongthuc/pdf, turning its panics into errors.
func newReader(data []byte) (r *lpdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("reader panic: %v", p)
		}
	}()
	if err := checkXrefChain(data); err != nil {
		return nil, err // the library would walk it for good
	}
	br := newBudgetReader(data)
	r, err = lpdf.NewReader(br, int64(len(data)))
	br.lift() // the file's objects are re-read freely once it is open
	if err != nil {
		return nil, err
	}
	// Touch the page tree now: a broken one should send us to the
	// normaliser rather than fail page by page.
	if len(collectPages(r, 0)) == 0 {
		return nil, errors.New("no pages in the page tree")
	}
	return r, nil
}

func safeNormalise(data []byte) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("normaliser panic: %v", p)
		}
	}()
	return normalise(data)
}
