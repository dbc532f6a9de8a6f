package json

import "github.com/reportpipe/reportpipe/pipeline/model"

// Part is one part of the report's outline, in order: the statements and
// the analysis are the document's own fields; a chapter carries its blocks
// (every block, in order, verbatim) and a table its rows and totals.
type Part struct {
	Kind     model.PartKind   `json:"kind"`
	Number   string           `json:"number,omitempty"`
	Title    string           `json:"title"`
	Heading  string           `json:"heading"`
	File     string           `json:"file,omitempty"`
	Owner    string           `json:"owner,omitempty"`
	Contact  string           `json:"contact,omitempty"`
	Deadline string           `json:"deadline,omitempty"`
	Received bool             `json:"received"`
	Problem  string           `json:"problem,omitempty"`
	SHA256   string           `json:"sha256,omitempty"`
	Blocks   []ChapterBlock   `json:"blocks,omitempty"`
	Table    *model.DataTable `json:"table,omitempty"`
}

// ChapterBlock is one block of a chapter: its kind, verbatim text, level
// or list depth, its list's name and start, a table's rows, its pictures'
// descriptions and its footnotes, and what the chapter's own style made a
// paragraph ("quote", "caption", "indented"; none for body text).
type ChapterBlock struct {
	Kind      model.Kind `json:"kind"`
	Text      string     `json:"text"`
	Level     int        `json:"level,omitempty"`
	Depth     int        `json:"depth,omitempty"`
	Ordered   bool       `json:"ordered,omitempty"`
	List      string     `json:"list,omitempty"`
	Start     int        `json:"start,omitempty"`
	Rows      [][]string `json:"rows,omitempty"`
	Pictures  []string   `json:"pictures,omitempty"`
	Footnotes []string   `json:"footnotes,omitempty"`
	Style     string     `json:"style,omitempty"`
}

// parts converts the outline's parts; nil without an outline.
func parts(r *model.Report) []Part {
	var out []Part
	for _, p := range r.Parts {
		jp := Part{Kind: p.Kind, Number: p.Number, Title: p.Title, Heading: p.Heading(), File: p.File, Owner: p.Owner,
			Contact: p.Contact, Deadline: p.Deadline, Received: p.Received(), Problem: p.Problem, SHA256: p.SHA256, Table: p.Table}
		if p.Document != nil {
			for _, b := range p.Document.Blocks {
				jp.Blocks = append(jp.Blocks, chapterBlock(b))
			}
		}
		out = append(out, jp)
	}
	return out
}

func chapterBlock(b model.Block) ChapterBlock {
	cb := ChapterBlock{Kind: b.Kind(), Text: b.PlainText()}
	switch v := b.(type) {
	case *model.Heading:
		cb.Level = v.Level
	case *model.ListItem:
		cb.Depth, cb.Ordered, cb.List, cb.Start = v.Depth, v.Ordered, v.List, v.Start
	case *model.Table:
		cb.Rows = v.Rows
	case *model.Paragraph:
		cb.Style = string(v.Style)
	}
	for _, s := range model.SpansOf(b) {
		if s.Picture != nil {
			cb.Pictures = append(cb.Pictures, s.Picture.Alt)
		}
		if s.Footnote != "" {
			cb.Footnotes = append(cb.Footnotes, s.Footnote)
		}
	}
	return cb
}
