package json

import (
	"bytes"
	stdjson "encoding/json"
	"io"
	"reflect"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Renderer writes the JSON output.
type Renderer struct{}

// Ext is the output file extension.
func (Renderer) Ext() string { return "json" }

// Render writes r as indented JSON, the same as encoding Build(r) whole,
// but one statement at a time so a large report is never held twice.
func (Renderer) Render(w io.Writer, r *model.Report) error {
	d := build(r, false)
	sw := &streamer{w: w}
	sw.raw("{\n")
	sw.field("report", d.Report, false)
	sw.raw(`  "statements": [`)
	for i, s := range r.Statements {
		if i > 0 {
			sw.raw(",")
		}
		sw.raw("\n    ")
		sw.value(statement(r, s), "    ")
	}
	if len(r.Statements) > 0 {
		sw.raw("\n  ")
	}
	sw.raw("],\n")
	sw.field("missing", d.Missing, false)
	if len(d.Awaited) > 0 {
		sw.field("awaited", d.Awaited, false)
	}
	sw.field("superseded", d.Superseded, false)
	sw.field("rejected", d.Rejected, false)
	sw.field("analysis", d.Analysis, d.Notes == nil && d.Parts == nil)
	if d.Notes != nil {
		sw.field("notes", d.Notes, d.Parts == nil)
	}
	if d.Parts != nil {
		sw.field("parts", d.Parts, true)
	}
	sw.raw("}\n")
	return sw.err
}

// streamer writes JSON piece by piece, keeping the first error.
type streamer struct {
	w   io.Writer
	buf bytes.Buffer
	err error
	// encs are the encoders by prefix, kept so their buffers are reused.
	encs map[string]*stdjson.Encoder
}

func (s *streamer) raw(text string) {
	if s.err == nil {
		_, s.err = io.WriteString(s.w, text)
	}
}

// field writes `  "name": value` and a comma unless last.
func (s *streamer) field(name string, v any, last bool) {
	s.raw(`  "` + name + `": `)
	s.stream(reflect.ValueOf(v), "  ", true)
	if !last {
		s.raw(",")
	}
	s.raw("\n")
}

// value writes v indented as if nested at prefix, HTML left unescaped
// (the JSON is data, not a web page).
func (s *streamer) value(v any, prefix string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := s.encs[prefix]
	if enc == nil {
		enc = stdjson.NewEncoder(&s.buf)
		enc.SetIndent(prefix, "  ")
		enc.SetEscapeHTML(false)
		if s.encs == nil {
			s.encs = map[string]*stdjson.Encoder{}
		}
		s.encs[prefix] = enc
	}
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// Build converts r to the JSON schema. Lists are never null.
func Build(r *model.Report) Document { return build(r, true) }

// build converts r, with its statements when withStatements (Render
// converts them one at a time instead).
func build(r *model.Report, withStatements bool) Document {
	d := Document{
		Report: Meta{
			Board: r.Meta.Board, Title: r.Meta.Title, Period: r.Meta.Period,
			GeneratedAt: r.Meta.GeneratedAt, StatementsNumber: r.Meta.StatementsNumber,
			StatementsTitle: r.Meta.StatementsTitle,
		},
		Statements: make([]Statement, 0, len(r.Statements)),
		Missing:    nonNil(r.Missing),
		Awaited:    r.Awaited,
		Superseded: nonNil(r.Superseded),
		Rejected:   nonNil(r.Rejected),
		Analysis:   r.Analysis,
		Notes:      r.Notes,
		Parts:      parts(r),
	}
	if d.Analysis == nil {
		d.Analysis = &model.Analysis{}
	}
	for _, s := range r.Statements {
		if !withStatements {
			break
		}
		d.Statements = append(d.Statements, statement(r, s))
	}
	return d
}

func statement(r *model.Report, s *model.Statement) Statement {
	st := Statement{
		Agency: s.Agency, AgencyKnown: s.AgencyKnown, Number: s.Number,
		Sources: make([]Source, 0, len(s.Documents)),
		Flags:   nonNil(r.FlagsOf(s)),
	}
	for _, d := range s.Documents {
		src := d.Source
		st.Sources = append(st.Sources, Source{
			File: src.Path, Attachment: src.Attachment, Format: src.Format,
			SHA256: src.SHA256, Received: src.Received,
		})
	}
	for _, sec := range layout.Statement(r, s, 0) {
		out := Section{Key: sec.Key, Title: sec.Title, Blocks: make([]Block, 0, len(sec.Items))}
		for _, it := range sec.Items {
			out.Blocks = append(out.Blocks, block(it))
		}
		st.Sections = append(st.Sections, out)
	}
	return st
}

func block(it layout.Item) Block {
	b := Block{
		Kind: it.Kind, Text: layout.Text(it.Placement), Confidence: it.Confidence,
		Role: it.Role, Mapper: it.Mapper, Evidence: it.Evidence,
		Source: Position{File: it.Source.Path},
	}
	if b.Role == "" {
		b.Role = model.RoleContent
	}
	if it.Block == nil {
		return b
	}
	pos := it.Block.Pos()
	b.Source.Page, b.Source.Index = pos.Page, pos.Index
	switch v := it.Block.(type) {
	case *model.Heading:
		b.Level = v.Level
	case *model.ListItem:
		b.Depth, b.Ordered = v.Depth, v.Ordered
	case *model.Table:
		b.Rows = v.Rows
	}
	return b
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
