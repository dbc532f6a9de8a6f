package json

import (
	stdjson "encoding/json"
	"io"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// Renderer writes the JSON output.
type Renderer struct{}

// Ext is the output file extension.
func (Renderer) Ext() string { return "json" }

// Render writes r as indented JSON.
func (Renderer) Render(w io.Writer, r *model.Report) error {
	enc := stdjson.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Build(r))
}

// Build converts r to the JSON schema. Lists are never null.
func Build(r *model.Report) Document {
	d := Document{
		Report: Meta{
			Board: r.Meta.Board, Title: r.Meta.Title, Period: r.Meta.Period,
			GeneratedAt: r.Meta.GeneratedAt, StatementsNumber: r.Meta.StatementsNumber,
			StatementsTitle: r.Meta.StatementsTitle,
		},
		Statements: make([]Statement, 0, len(r.Statements)),
		Missing:    nonNil(r.Missing),
		Superseded: nonNil(r.Superseded),
		Rejected:   nonNil(r.Rejected),
		Analysis:   r.Analysis,
		Notes:      r.Notes,
	}
	if d.Analysis == nil {
		d.Analysis = &model.Analysis{}
	}
	for _, s := range r.Statements {
		d.Statements = append(d.Statements, statement(r, s))
	}
	return d
}

func statement(r *model.Report, s *model.Statement) Statement {
	st := Statement{
		Agency: s.Agency, AgencyKnown: s.AgencyKnown, Number: s.Number,
		Sources: make([]Source, 0, len(s.Documents)),
		Flags:   nonNil(s.Flags),
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
