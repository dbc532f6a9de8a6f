package intake

import (
	"errors"
	"fmt"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// storedDoc is a Document in a form JSON can read back: Blocks is an
// interface, so each block is stored with its kind as a tag.
type storedDoc struct {
	Source   model.Source  `json:"source"`
	Blocks   []storedBlock `json:"blocks"`
	Warnings []string      `json:"warnings,omitempty"`
	Modified time.Time     `json:"modified,omitzero"`
}

type storedBlock struct {
	Kind      model.Kind `json:"k"`
	Index     int        `json:"i"`
	Page      int        `json:"p,omitempty"`
	Text      string     `json:"t,omitempty"`
	Level     int        `json:"l,omitempty"`
	Candidate bool       `json:"c,omitempty"`
	Depth     int        `json:"d,omitempty"`
	Ordered   bool       `json:"o,omitempty"`
	Rows      [][]string `json:"r,omitempty"`
	// Spans, List and Start keep formatting, pictures and list identity.
	Spans []model.Span `json:"s,omitempty"`
	List  string       `json:"li,omitempty"`
	Start int          `json:"st,omitempty"`
}

func storeDoc(d *model.Document) (*storedDoc, error) {
	if d == nil {
		return nil, errors.New("cache: nil document")
	}
	sd := &storedDoc{Source: d.Source, Warnings: d.Warnings, Modified: d.Modified, Blocks: make([]storedBlock, 0, len(d.Blocks))}
	for _, b := range d.Blocks {
		sb := storedBlock{Kind: b.Kind(), Index: b.Pos().Index, Page: b.Pos().Page}
		switch b := b.(type) {
		case *model.Heading:
			sb.Text, sb.Level, sb.Candidate, sb.Spans = b.Text, b.Level, b.Candidate, b.Spans
		case *model.Paragraph:
			sb.Text, sb.Spans = b.Text, b.Spans
		case *model.ListItem:
			sb.Text, sb.Depth, sb.Ordered, sb.Spans, sb.List, sb.Start = b.Text, b.Depth, b.Ordered, b.Spans, b.List, b.Start
		case *model.Table:
			sb.Rows = b.Rows
		default:
			return nil, fmt.Errorf("cache: unknown block type %T", b)
		}
		sd.Blocks = append(sd.Blocks, sb)
	}
	return sd, nil
}

func (sd *storedDoc) document() (*model.Document, error) {
	d := &model.Document{Source: sd.Source, Warnings: sd.Warnings, Modified: sd.Modified, Blocks: make([]model.Block, 0, len(sd.Blocks))}
	for _, sb := range sd.Blocks {
		pos := model.Position{Index: sb.Index, Page: sb.Page}
		var b model.Block
		switch sb.Kind {
		case model.KindHeading:
			b = &model.Heading{Position: pos, Level: sb.Level, Text: sb.Text, Candidate: sb.Candidate, Spans: sb.Spans}
		case model.KindParagraph:
			b = &model.Paragraph{Position: pos, Text: sb.Text, Spans: sb.Spans}
		case model.KindListItem:
			b = &model.ListItem{Position: pos, Text: sb.Text, Depth: sb.Depth, Ordered: sb.Ordered, Spans: sb.Spans, List: sb.List, Start: sb.Start}
		case model.KindTable:
			b = &model.Table{Position: pos, Rows: sb.Rows}
		default:
			return nil, fmt.Errorf("cache: unknown block kind %q", sb.Kind)
		}
		d.Blocks = append(d.Blocks, b)
	}
	return d, nil
}

// storedReject is an InputError's fields, with its sentinel cause by name.
type storedReject struct {
	File   string      `json:"file"`
	Stage  model.Stage `json:"stage"`
	Detail string      `json:"detail"`
	Hint   string      `json:"hint,omitempty"`
	Cause  string      `json:"cause,omitempty"`
}

// sentinels are the causes a cached rejection can restore for errors.Is.
var sentinels = []error{model.ErrEmpty, model.ErrCorrupt, model.ErrEncrypted, model.ErrNoText,
	model.ErrNotADoc, model.ErrLegacyDoc, model.ErrUnsupported, model.ErrTooLarge}

func storeReject(ie *model.InputError) *storedReject {
	sr := &storedReject{File: ie.File, Stage: ie.Stage, Detail: ie.Detail, Hint: ie.Hint}
	for _, s := range sentinels {
		if errors.Is(ie.Err, s) {
			sr.Cause = s.Error()
			break
		}
	}
	return sr
}

func (sr *storedReject) inputError() *model.InputError {
	ie := &model.InputError{File: sr.File, Stage: sr.Stage, Detail: sr.Detail, Hint: sr.Hint}
	for _, s := range sentinels {
		if s.Error() == sr.Cause {
			ie.Err = s
		}
	}
	return ie
}
