package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// chapter writes a board chapter's blocks, every one once and in order, in
// the report's styles: its headings under the part's heading (the
// chapter's top level becomes Heading 2), its lists numbered as the source
// numbers them, its tables, and its formatting, links, footnotes and
// pictures. A block the analysis cites (file and index as cited) gets the
// bookmark its citations link to.
func (w *writer) chapter(file string, blocks []model.Block) {
	top := layout.TopHeading(blocks)
	lists := map[string]int{} // the source's list → its numId here
	w.curOrdered = 0
	for _, b := range blocks {
		name := w.citeMarkAt(citeRef{file, b.Pos().Index})
		switch v := b.(type) {
		case *model.Heading:
			w.curOrdered = 0
			if v.Level <= 0 { // a bold line the reader was unsure of: kept as it looks
				w.para(para{Runs: []run{{Text: v.Text, Bold: true}}, Keep: true})
				continue
			}
			w.heading(min(v.Level-top+2, 4), v.Text, nil)
		case *model.Paragraph:
			w.curOrdered = 0
			w.para(para{Runs: spanRuns(v.Text, v.Spans), Comments: w.pictureComments(v), Name: name})
		case *model.ListItem:
			w.chapterItem(v, lists, name)
		case *model.Table:
			w.curOrdered = 0
			w.table(table{Rows: v.Rows, Header: len(v.Rows) > 1, Name: name})
		}
	}
	w.curOrdered = 0
}

// chapterItem writes a list item. Items of one source list share one
// numbering, so 1, 2, 3 stays 1, 2, 3 even with a paragraph between them,
// and a list the source restarts starts again (at the source's start).
// Items whose source names no list number as consecutive items always did.
func (w *writer) chapterItem(li *model.ListItem, lists map[string]int, name string) {
	num := bulletNumID
	switch {
	case !li.Ordered:
	case li.List != "":
		// One numbering per source list, its levels Word's (a sub-list
		// counts again under each item, as in the source).
		key := li.List
		if li.Start > 0 && li.Depth == 0 {
			delete(lists, key) // a restart the source asks for
		}
		id, ok := lists[key]
		if !ok {
			id = w.nums.newOrderedFrom(li.Start)
			lists[key] = id
		}
		num = id
	default:
		if w.curOrdered == 0 {
			w.curOrdered = w.nums.newOrdered()
		}
		num = w.curOrdered
	}
	w.para(para{Style: "ListParagraph", NumID: num, Level: min(max(li.Depth, 0), 8),
		Runs: spanRuns(li.Text, li.Spans), Comments: w.pictureComments(li), Name: name})
}

// spanRuns are the runs of a block's text with its spans (one plain run
// without them).
func spanRuns(text string, spans []model.Span) []run {
	if len(spans) == 0 {
		return []run{{Text: text}}
	}
	out := make([]run, 0, len(spans))
	for _, s := range spans {
		out = append(out, run{Text: s.Text, Bold: s.Bold, Italic: s.Italic, Link: s.Link, Footnote: s.Footnote, Picture: s.Picture})
	}
	return out
}

// pictureComments are the comments a block's pictures need: one without
// alternative text cannot be read by a screen reader, which a published
// report must allow. The comment starts with PictureNoAlt, so the
// publishing step can list it among the items to resolve.
func (w *writer) pictureComments(b model.Block) []int {
	var ids []int
	for _, p := range model.Pictures(b) {
		switch {
		case len(p.Data) == 0:
			ids = append(ids, w.comment("A picture stands here in the original ("+pictureName(p)+") but could not be kept: insert it from the original.")...)
		case p.Alt == "":
			ids = append(ids, w.comment(PictureNoAlt+" ("+pictureName(p)+"): add a description (right-click, Edit Alt Text) before publishing.")...)
		}
	}
	return ids
}

// PictureNoAlt opens the comment on a picture without alternative text.
const PictureNoAlt = "This picture has no alternative text"

func pictureName(p *model.Picture) string {
	if p.Name != "" {
		return p.Name
	}
	return "unnamed picture"
}

// pictureRuns are a statement block's text and pictures in order, in the
// section's highlight, without the chapter formatting (bold, links) that
// the statement's own rendering has never shown.
func pictureRuns(b model.Block, highlight string) []run {
	var out []run
	for _, s := range model.SpansOf(b) {
		if s.Picture != nil {
			out = append(out, run{Picture: s.Picture})
			continue
		}
		if n := len(out); n > 0 && out[n-1].Picture == nil {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, run{Text: s.Text, Highlight: highlight})
	}
	return out
}
