package pdf

import (
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// fontPDF makes a one-page PDF whose text is drawn in font (object 4,
// named /F1); extra objects follow as 6, 7, ...
func fontPDF(font, content string, extra ...string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		font, stream(content)}
	return handPDF(append(objs, extra...)...)
}

// toUnicode is a ToUnicode CMap with the given codespace mapping every
// one-byte code from lo to hi to itself.
func toUnicode(space string, lo, hi byte) string {
	return stream(fmt.Sprintf("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"+
		"/CMapName /Test def 1 begincodespacerange %s endcodespacerange\n"+
		"1 beginbfrange <%02x> <%02x> <%04x> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end", space, lo, hi, lo))
}

const twoLines12 = "BT /F1 12 Tf 72 700 Td (Safeguarding board) Tj 0 -20 Td (annual report) Tj ET"

// A ToUnicode map whose codespace leaves out the space gives U+FFFD
// there; the font's own encoding knows the code.
func TestBrokenToUnicodeBackedByEncoding(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
	doc := extractBytes(t, fontPDF(font, twoLines12, toUnicode("<41> <7a>", 0x41, 0x7a)))
	if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != "Safeguarding board annual report" {
		t.Errorf("got\n%s", model.Dump(doc))
	}
}

// A Type 3 font names its glyphs /g1 /g2 ..., which mean nothing, and its
// codes need not be the letters' (here: 1 for the space, 2 for "!", ...);
// its ToUnicode map says which letters they are, and is read first.
func TestType3FontWithToUnicode(t *testing.T) {
	diffs, procs := "", ""
	for c := 1; c <= 91; c++ {
		diffs += fmt.Sprintf("/g%d ", c)
		procs += fmt.Sprintf("/g%d 7 0 R ", c)
	}
	font := fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 1000 1000] "+
		"/Resources << >> /FirstChar 1 /LastChar 91 /Widths [%s] "+
		"/Encoding << /Type /Encoding /Differences [1 %s] >> /CharProcs << %s >> /ToUnicode 6 0 R >>",
		widths(91, 500), diffs, procs)
	tu := stream("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Test def 1 begincodespacerange <00> <ff> endcodespacerange\n" +
		"1 beginbfrange <01> <5b> <0020> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end")
	content := "BT /F1 12 Tf 72 700 Td <" + shifted("Safeguarding board") + "> Tj 0 -20 Td <" + shifted("annual report") + "> Tj ET"
	doc := extractBytes(t, fontPDF(font, content, tu, stream("500 0 d0")))
	if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != "Safeguarding board annual report" {
		t.Errorf("got\n%s", model.Dump(doc))
	}
}

// shifted spells s in the test Type 3 font's codes, as hex.
func shifted(s string) string {
	out := ""
	for _, r := range s {
		out += fmt.Sprintf("%02x", r-0x1f)
	}
	return out
}

func widths(n int, w int) string {
	s := ""
	for range n {
		s += fmt.Sprint(w, " ")
	}
	return s
}

// A ligature mapped byte-swapped (<66006600>, as Ghostscript re-saves an
// "ff" glyph) reads as "ff", not as two CJK characters.
func TestSwappedLigatureMap(t *testing.T) {
	tu := stream("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CMapName /Test def 1 begincodespacerange <00> <ff> endcodespacerange\n" +
		"2 beginbfrange <20> <7e> <0020> <07> <07> <66006600> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end")
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
	doc := extractBytes(t, fontPDF(font, `BT /F1 12 Tf 72 700 Td (Su\007olk and Norfolk sta\007 met.) Tj ET`, tu))
	if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != "Suffolk and Norfolk staff met." {
		t.Errorf("got\n%s", model.Dump(doc))
	}
}

// A one-byte font whose encoding passes code 0x96 through (no /Encoding,
// or Differences that leave the code alone) gives the en dash
// Windows-1252 means, not a C1 control or PDFDocEncoding's "Œ".
func TestC1CodesReadAsWinAnsi(t *testing.T) {
	for _, enc := range []string{"", "/Encoding << /Type /Encoding /Differences [65 /A] >>"} {
		font := "<< /Type /Font /Subtype /TrueType /BaseFont /Arial " + enc + " >>"
		doc := extractBytes(t, fontPDF(font, `BT /F1 12 Tf 72 700 Td (Purpose \226 the board\222s review) Tj ET`))
		if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != "Purpose – the board’s review" {
			t.Errorf("%s: got %q", enc, model.Dump(doc))
		}
	}
}
