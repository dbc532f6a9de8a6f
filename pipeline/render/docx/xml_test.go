package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// unzip returns the parts of a .docx by name.
func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = b
	}
	return parts
}

// wellFormed decodes every token of data strictly.
func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

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

// bodyText reads document.xml back into blocks of text: a paragraph's
// text (w:tab as a tab, w:br as a newline, page breaks ignored), and a
// table as its cells joined by tabs and rows by newlines (a cell's
// paragraphs joined by newlines), the same shape as model.Table.PlainText.
func bodyText(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	var para strings.Builder
	var rows [][]string
	var cell []string
	inTable := 0
	d := xml.NewDecoder(bytes.NewReader(data))
	inText := false
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			switch v.Name.Local {
			case "p":
				para.Reset()
			case "t":
				inText = true
			case "tab":
				para.WriteByte('\t')
			case "br":
				if attr(v, "type") == "" {
					para.WriteByte('\n')
				}
			case "tbl":
				inTable++
				rows = nil
			case "tr":
				rows = append(rows, nil)
			case "tc":
				cell = nil
			}
		case xml.CharData:
			if inText {
				para.Write(v)
			}
		case xml.EndElement:
			switch v.Name.Local {
			case "t":
				inText = false
			case "p":
				if inTable > 0 {
					cell = append(cell, para.String())
				} else {
					out = append(out, para.String())
				}
			case "tc":
				rows[len(rows)-1] = append(rows[len(rows)-1], strings.Join(cell, "\n"))
			case "tbl":
				inTable--
				var lines []string
				for _, r := range rows {
					lines = append(lines, strings.Join(r, "\t"))
				}
				out = append(out, strings.Join(lines, "\n"))
			}
		}
	}
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
