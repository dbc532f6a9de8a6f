package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/docxtext"
)

// unzip returns the parts of a .docx by name.
func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	parts, err := docxtext.Unzip(data)
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	return parts
}

func wellFormed(data []byte) error { return docxtext.WellFormed(data) }

// pretty re-prints XML one element per line, indented, attributes in
// source order, empty elements self-closed and text on its element's line
// between bars, so a golden diff shows what changed.
func pretty(t *testing.T, data []byte) string {
	t.Helper()
	var b strings.Builder
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	open := false // a start tag written without its closing '>'
	text := false // text written on the open element's line
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if open {
				b.WriteString(">\n")
			}
			b.WriteString(strings.Repeat("  ", depth) + "<" + qname(v.Name))
			for _, a := range v.Attr {
				b.WriteString(" " + qname(a.Name) + `="`)
				xml.EscapeText(&b, []byte(a.Value))
				b.WriteString(`"`)
			}
			open, text = true, false
			depth++
		case xml.EndElement:
			depth--
			switch {
			case open:
				b.WriteString("/>\n")
			case text:
				b.WriteString("</" + qname(v.Name) + ">\n")
			default:
				b.WriteString(strings.Repeat("  ", depth) + "</" + qname(v.Name) + ">\n")
			}
			open, text = false, false
		case xml.CharData:
			if open {
				b.WriteString(">|")
				xml.EscapeText(&b, v)
				b.WriteString("|")
				open, text = false, true
			}
		}
	}
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// bodyText reads document.xml back into blocks of text.
func bodyText(t *testing.T, data []byte) []string {
	t.Helper()
	out, err := docxtext.Blocks(data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
