package analysis

import (
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// chapter is one of the board's own chapters (or appendices) as the
// checklist reads it: its content blocks with citations naming the chapter
// and the paragraph, or, while it is awaited, only its title and the
// checklist items it covers.
type chapter struct {
	// statements stands for the statements part, where the outline puts
	// it, so evidence is listed in the order the report prints it.
	statements bool
	title      string
	awaited    bool
	covers     []string
	items      []item
}

// newChapters prepares the outline's chapters and appendices in order,
// with the statements part where the outline puts it (first when it has
// none); tables and the analysis hold no text to score.
func newChapters(parts []model.Part) []chapter {
	var out []chapter
	for _, p := range parts {
		if p.Kind == model.PartStatements {
			out = append(out, chapter{statements: true})
		}
		if p.Kind != model.PartChapter && p.Kind != model.PartAppendix {
			continue
		}
		ch := chapter{title: p.Title, awaited: p.Document == nil, covers: p.Covers}
		if p.Document != nil {
			ch.items = chapterItems(p.Title, p.Document)
		}
		out = append(out, ch)
	}
	if !slices.ContainsFunc(out, func(ch chapter) bool { return ch.statements }) {
		out = append([]chapter{{statements: true}}, out...)
	}
	return out
}

// chapterItems are a chapter's paragraphs, list items and tables, each
// cited by the chapter's title and its paragraph number as printed (the
// n-th block that is not a heading: headings are not counted, so the
// chapter's own title, printed as the part's heading, changes nothing).
func chapterItems(title string, doc *model.Document) []item {
	var out []item
	n := 0
	for _, b := range doc.Blocks {
		if b == nil || b.Kind() == model.KindHeading {
			continue
		}
		n++
		pos, text := b.Pos(), b.PlainText()
		out = append(out, item{
			p:     model.Placement{Block: b, Role: model.RoleContent},
			text:  text,
			lower: strings.ToLower(text),
			cite:  model.Citation{File: doc.Source.Path, Page: pos.Page, Index: pos.Index, Chapter: title, Paragraph: n},
		})
	}
	return out
}
