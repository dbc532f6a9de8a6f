package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract feeds arbitrary bytes (seeded with the fixtures and a few
// hand-made packages) to Extract. It must never panic, must keep its output
// bounded, and must fail only with an InputError.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.docx"))
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(stored(f, data))
	}
	f.Add(docxOf(f, p(pst("berschrift1"), "", "Heading")+p(num("3", "0"), "", "Item")+
		tbl(tr(tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, cellP("Merged"))))+
		`<w:p>`+fld(" PAGE ", r("1"))+textBox("Box")+`</w:p>`))
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	lim := extract.DefaultLimits
	lim.MaxEntryBytes = 1 << 20
	lim.MaxTotalBytes = 4 << 20
	lim.MaxXMLDepth = 64
	ex := New(lim)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ex.Extract(context.Background(), data)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an InputError", err, err)
			}
			return
		}
		if len(doc.Blocks) == 0 {
			t.Fatal("a Document with no blocks must be an ErrNoText rejection")
		}
		for i, b := range doc.Blocks {
			if b.Pos().Index != i {
				t.Fatalf("block %d has index %d", i, b.Pos().Index)
			}
		}
	})
}

// stored re-packs a zip without compression, so mutations reach the XML
// itself rather than only breaking the deflate stream or its checksum.
func stored(f *testing.F, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			f.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			f.Fatal(err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store})
		if err != nil {
			f.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			f.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}
