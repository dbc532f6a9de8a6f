package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A stray escape in a string, an octal escape over 255 and an inline
// image's binary data each stop the library's lexer; the page is read from
// a cleaned copy instead, all its text kept and no warning given.
func TestDamagedContentIsCleaned(t *testing.T) {
	image := "q 20 0 0 20 72 600 cm BI /W 4 /H 1 /CS /G /BPC 8 ID \x00(\\)\xff\x1b EI Q\n"
	cases := map[string]string{
		"stray escape": textAt(72, 700, `The board met in March \+ April.`) + textAt(72, 680, "Its report follows."),
		"octal escape": textAt(72, 700, `The board met in March \777 April.`) + textAt(72, 680, "Its report follows."),
		"inline image": textAt(72, 700, "The board met in March and April.") + image + textAt(72, 680, "Its report follows."),
		"open string":  textAt(72, 700, "The board met in March and April.") + textAt(72, 680, "Its report follows.") + "BT (unclosed",
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			doc := extractBytes(t, textPDF("", content))
			got := model.Dump(doc)
			if !strings.Contains(got, "The board met in March") || !strings.Contains(got, "Its report follows.") {
				t.Errorf("text lost:\n%s", got)
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("warnings %q", doc.Warnings)
			}
		})
	}
}

func TestCleanContent(t *testing.T) {
	cases := map[string]string{
		`(a\+b) Tj`:                `(a+b) Tj`,
		`(a\nb\(c\)) Tj`:           `(a\nb\(c\)) Tj`,
		`(\777) Tj`:                `(\377) Tj`,
		`(a (nested) b) Tj`:        `(a (nested) b) Tj`,
		"q BI /W 1 ID \x01EI EI Q": "q " + inlineImageMark + " Q",
		"% comment (\\+\n(x) Tj":   "% comment (\\+\n(x) Tj",
		"(open":                    "(open)",
		"/BIG 1 Tf":                "/BIG 1 Tf",
	}
	for in, want := range cases {
		if got := string(cleanContent([]byte(in))); got != want {
			t.Errorf("cleanContent(%q) = %q, want %q", in, got, want)
		}
	}
}

// A page whose /Contents array names a stream that is not in the file
// keeps the text of the streams that are.
func TestMissingContentPart(t *testing.T) {
	data := handPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 9 0 R 6 0 R] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		stream(textAt(72, 700, "The first part of the page.")),
		stream(textAt(72, 680, "The last part of the page.")))
	doc := extractBytes(t, data)
	got := model.Dump(doc)
	if !strings.Contains(got, "The first part of the page.") || !strings.Contains(got, "The last part of the page.") {
		t.Errorf("text lost:\n%s", got)
	}
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "page 1 could be read only in part") {
		t.Errorf("want a warning that page 1 lost a part, got %q", doc.Warnings)
	}
}

// A compressed content stream cut short keeps the text that decoded, and
// says the page was read in part.
func TestTruncatedContentStream(t *testing.T) {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	for i := range 40 {
		fmt.Fprint(w, textAt(72, 760-16*i, fmt.Sprintf("Line %d of the partnership's annual statement.", i+1)))
	}
	w.Close()
	cut := z.Bytes()[:z.Len()*2/3]
	data := handPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(cut), cut))
	doc := extractBytes(t, data)
	got := model.Dump(doc)
	if !strings.Contains(got, "Line 1 of the partnership's annual statement.") || !strings.Contains(got, "Line 10 of") {
		t.Errorf("text before the cut lost:\n%s", got)
	}
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "page 1 could be read only in part") {
		t.Errorf("want a warning that page 1 was cut short, got %q", doc.Warnings)
	}
}

// A content stream that ends inside a hex string is read, not looped on
// for ever (the library's lexer never leaves such a string; before the fix
// this test hung until go test's own timeout).
func TestOpenHexStringAtEnd(t *testing.T) {
	doc := extractBytes(t, textPDF("", textAt(72, 700, "Before the open string.")+"[<ab"))
	if !strings.Contains(model.Dump(doc), "Before the open string.") {
		t.Errorf("text lost:\n%s", model.Dump(doc))
	}
}

// A blank page (an empty content stream) is no damage.
func TestBlankPageIsNoWarning(t *testing.T) {
	doc := extractBytes(t, textPDF("", textAt(72, 700, "Page one has the text."), ""))
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings %q", doc.Warnings)
	}
}
