package contain_test

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
)

// The hostile corpus, made here: each file is one way a submission can try
// to stall or exhaust a run.

// xrefLoopPDF is a one-page PDF whose trailer's /Prev points at its own
// cross-reference table: ledongthuc/pdf walks that chain for good.
func xrefLoopPDF() []byte {
	f := onePage("")
	x := bytes.Index(f, []byte("\nxref\n")) + 1
	return bytes.Replace(f, []byte("/Root 1 0 R >>"), fmt.Appendf(nil, "/Root 1 0 R /Prev %d >>", x), 1)
}

// onePage is a PDF with one page whose content stream is content.
func onePage(content string) []byte {
	return pdfobj.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "+
			"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
		pdfobj.Stream("", []byte(content)))
}

// flateBombPDF is a PDF of about 1 MB whose content stream inflates to
// 1 GiB of text-showing operators.
func flateBombPDF(t *testing.T) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	chunk := bytes.Repeat([]byte("BT /F1 9 Tf (a) Tj ET\n"), 1<<15)
	for n := 0; n < 1<<30; n += len(chunk) {
		if _, err := zw.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	return pdfobj.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", z.Len(), z.Bytes()))
}

// deepPDF nests arrays two million deep in the page's dictionary: a
// recursive parser's stack grows past any limit.
func deepPDF() []byte {
	deep := strings.Repeat("[", 2_000_000) + strings.Repeat("]", 2_000_000)
	return pdfobj.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep "+deep+" >>")
}

// hugeTreePDF lists one page three hundred thousand times.
func hugeTreePDF() []byte {
	kids := strings.Repeat("3 0 R ", 300_000)
	return pdfobj.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids ["+kids+"] /Count 300000 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
}

// endlessStreamPDF has a content stream that claims two gigabytes and
// never ends.
func endlessStreamPDF() []byte {
	f := onePage("BT /F1 12 Tf (Riverside) Tj ET")
	f = bytes.Replace(f, []byte("/Length 31 >>"), []byte("/Length 2000000000 >>"), 1)
	return bytes.Replace(f, []byte("\nendstream"), nil, 1)
}

// zipBombDOCX is a Word package whose document part inflates to 1 GiB.
func zipBombDOCX(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, body string) {
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 1 << 10 {
		if _, err := w.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	io.WriteString(w, `</w:t></w:r></w:p></w:body></w:document>`)
	zw.Close()
	return b.Bytes()
}

// hostileCorpus writes every hostile file into dir, with a link to
// /dev/zero among them, and returns the names.
func hostileCorpus(t *testing.T, dir string) []string {
	files := map[string][]byte{
		"Riverside xref loop.pdf":  xrefLoopPDF(),
		"Northgate flate bomb.pdf": flateBombPDF(t),
		"Eastfield deep nest.pdf":  deepPDF(),
		"Westbrook page tree.pdf":  hugeTreePDF(),
		"Hillside endless.pdf":     endlessStreamPDF(),
		"Southmoor zip bomb.docx":  zipBombDOCX(t),
	}
	var names []string
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "Lakeside zero.pdf")); err != nil {
		t.Fatal(err)
	}
	return append(names, "Lakeside zero.pdf")
}
