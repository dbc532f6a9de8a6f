// Package docxtext reads a written .docx back for tests: its parts, whether
// each is well-formed XML, and the body's text block by block, so tests can
// check that every block of a report came out exactly once.
package docxtext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// Unzip returns the parts of a .docx by name.
func Unzip(data []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		parts[f.Name] = b
	}
	return parts, nil
}

// WellFormed decodes every token of data strictly.
func WellFormed(data []byte) error {
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

// Blocks reads document.xml back into blocks of text: a paragraph's text
// (w:tab as a tab, w:br as a newline, page breaks ignored), and a table as
// its cells joined by tabs and rows by newlines (a cell's paragraphs joined
// by newlines), the same shape as model.Table.PlainText.
func Blocks(documentXML []byte) ([]string, error) {
	r := reader{}
	d := xml.NewDecoder(bytes.NewReader(documentXML))
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return r.out, nil
		}
		if err != nil {
			return nil, err
		}
		switch v := tok.(type) {
		case xml.StartElement:
			r.start(v)
		case xml.CharData:
			if r.inText {
				r.para.Write(v)
			}
		case xml.EndElement:
			r.end(v.Name.Local)
		}
	}
}

type reader struct {
	out     []string
	para    strings.Builder
	rows    [][]string
	cell    []string
	inTable int
	inText  bool
}

func (r *reader) start(v xml.StartElement) {
	switch v.Name.Local {
	case "p":
		r.para.Reset()
	case "t":
		r.inText = true
	case "tab":
		r.para.WriteByte('\t')
	case "br":
		if attr(v, "type") == "" {
			r.para.WriteByte('\n')
		}
	case "tbl":
		r.inTable++
		r.rows = nil
	case "tr":
		r.rows = append(r.rows, nil)
	case "tc":
		r.cell = nil
	}
}

func (r *reader) end(local string) {
	switch local {
	case "t":
		r.inText = false
	case "p":
		if r.inTable > 0 {
			r.cell = append(r.cell, r.para.String())
		} else {
			r.out = append(r.out, r.para.String())
		}
	case "tc":
		r.rows[len(r.rows)-1] = append(r.rows[len(r.rows)-1], strings.Join(r.cell, "\n"))
	case "tbl":
		r.inTable--
		lines := make([]string, 0, len(r.rows))
		for _, row := range r.rows {
			lines = append(lines, strings.Join(row, "\t"))
		}
		r.out = append(r.out, strings.Join(lines, "\n"))
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
