package testutil

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// ZipPart returns the entry called name of the zip package data (a DOCX,
// an ODT) and whether there is one; a package that does not open fails
// the test.
func ZipPart(t testing.TB, data []byte, name string) ([]byte, bool) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return b, true
	}
	return nil, false
}
