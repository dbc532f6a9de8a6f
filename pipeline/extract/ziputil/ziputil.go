// Package ziputil opens the zip packages behind DOCX and ODT files within
// the limits of extract.Limits: no entry and no total beyond its budget, so a
// zip bomb costs at most what the limits allow.
package ziputil

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// ErrMissing is returned by Read for an entry the package does not hold.
var ErrMissing = errors.New("zip entry not found")

// Package is an opened zip with a decompression budget.
type Package struct {
	zr     *zip.Reader
	lim    extract.Limits
	budget int64
}

// Open opens data as a zip package. A file that is not a zip, or a truncated
// one, gives an InputError wrapping model.ErrCorrupt.
func Open(data []byte, lim extract.Limits) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, err),
			"the file is damaged or incomplete (its zip structure cannot be read)",
			"Ask the agency to save it again and resend it")
	}
	return &Package{zr: zr, lim: lim, budget: lim.MaxTotalBytes}, nil
}

// Duplicate returns the first entry name the package holds twice, ok false
// when every name is unique. Readers disagree about which copy counts (Word
// takes one, LibreOffice the other), so no reading of such a file is sure.
// Folder entries are not parts and are not counted.
func (p *Package) Duplicate() (name string, ok bool) {
	seen := make(map[string]bool, len(p.zr.File))
	for _, f := range p.zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		if seen[f.Name] {
			return f.Name, true
		}
		seen[f.Name] = true
	}
	return "", false
}

// Has reports whether the package holds an entry called name.
func (p *Package) Has(name string) bool { return p.find(name) != nil }

func (p *Package) find(name string) *zip.File {
	for _, f := range p.zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Read returns the decompressed entry name, or ErrMissing. An entry larger
// than the limits gives an InputError wrapping model.ErrTooLarge; a damaged
// entry one wrapping model.ErrCorrupt.
func (p *Package) Read(name string) ([]byte, error) {
	f := p.find(name)
	if f == nil {
		return nil, ErrMissing
	}
	max := p.lim.MaxEntryBytes
	if p.budget < max {
		max = p.budget
	}
	rc, err := f.Open()
	if err != nil {
		return nil, corrupt(name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, corrupt(name, err)
	}
	if int64(len(data)) > max {
		return nil, model.Reject(fmt.Errorf("%w: entry %s over %d bytes", model.ErrTooLarge, name, max),
			"the file unpacks to far more data than a statement holds, so it was not read",
			"Ask the agency to resend the statement without large embedded objects")
	}
	p.budget -= int64(len(data))
	return data, nil
}

func corrupt(name string, err error) error {
	return model.Reject(fmt.Errorf("%w: entry %s: %v", model.ErrCorrupt, name, err),
		"the file is damaged or incomplete (part "+name+" cannot be unpacked)",
		"Ask the agency to save it again and resend it")
}
