package docx

import (
	"context"
	"errors"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract feeds the extractor arbitrary bytes twice: as a whole file,
// and as the word/document.xml of a package built around them, so the
// fuzzer reaches the XML walker without having to forge zip checksums.
// The seeds are small and built here (a minimal package, a few bodies):
// whole documents as seeds leave the engine minimising instead of
// searching. It must never panic, must keep its output bounded, and must
// fail only with an InputError.
func FuzzExtract(f *testing.F) {
	for _, body := range []string{
		p("", "", "Hi"),
		p(pst("berschrift1"), "", "Heading") + p(num("3", "0"), "", "Item"),
		tbl(tr(tc(`<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`, cellP("Merged")))),
		`<w:p>` + fld(" PAGE ", r("1")) + textBox("Box") + `</w:p>`,
	} {
		f.Add([]byte(documentXML(body)))
	}
	f.Add(zipParts(f, [2]string{partDocument, documentXML(p("", "", "Hi"))}))
	f.Add([]byte{})
	f.Add([]byte("PK\x03\x04"))
	lim := extract.DefaultLimits
	lim.MaxEntryBytes = 1 << 20
	lim.MaxTotalBytes = 4 << 20
	lim.MaxXMLDepth = 64
	ex := New(lim)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkExtract(t, ex, data)
		checkExtract(t, ex, zipParts(t, [2]string{partDocument, string(data)}, [2]string{partStyles, xmlHead + testStyles}))
	})
}

// checkExtract extracts data and checks what came back holds.
func checkExtract(t *testing.T, ex *Extractor, data []byte) {
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
}
