// Package ooxml reads and writes the parts of an Office Open XML package
// (a .docx) in their order, within limits, so a part nobody changes is
// written back byte for byte. update and publish both edit the reviewers'
// Word copy this way.
package ooxml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
)

// Limits bound what a package may hold once inflated.
type Limits struct {
	MaxPart  int    // bytes of one part
	MaxParts int    // number of parts
	What     string // what such a package is, for the message ("a draft")
}

// readParts reads every part of data, in the package's order.
func readParts(data []byte, lim Limits) (names []string, parts map[string][]byte, err error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("not a Word file (%v)", err)
	}
	if len(zr.File) > lim.MaxParts {
		return nil, nil, fmt.Errorf("the package has %d parts, more than %s has", len(zr.File), lim.What)
	}
	parts = map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, fmt.Errorf("part %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, int64(lim.MaxPart)+1))
		rc.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("part %s: %v", f.Name, err)
		}
		if len(b) > lim.MaxPart {
			return nil, nil, fmt.Errorf("part %s is larger than %d MB", f.Name, lim.MaxPart>>20)
		}
		names = append(names, f.Name)
		parts[f.Name] = b
	}
	return names, parts, nil
}

// writeParts writes the parts named, in that order, as a package.
func writeParts(names []string, parts map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(parts[n]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
