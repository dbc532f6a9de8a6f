package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// titlePage writes the cover and the contents.
func (w *writer) titlePage() {
	m := w.r.Meta
	w.text("Subtitle", m.Board)
	w.text("Title", m.Title)
	if m.Period != "" {
		w.text("Subtitle", m.Period)
	}
	if !w.opts.Final {
		w.text("", DraftDatePrefix+m.GeneratedAt.Format("2 January 2006 15:04"))
	}
	w.pageBreak()
	w.text("TOCHeading", "Contents")
	w.toc(w.outline())
	w.pageBreak()
}

// statements writes the partner statements part: its heading, the
// introduction and the key, then one Heading 2 per numbered entry, an
// awaited agency keeping its place.
func (w *writer) statements() {
	w.heading(1, layout.StatementsHeading(w.r.Meta), nil)
	w.text("", layout.StatementsIntro(w.r.Meta))
	if !w.hasKeyPart() {
		w.key()
	}
	entries := layout.Entries(w.r)
	if len(entries) == 0 {
		w.text("", "No statements were compiled.")
	}
	for _, e := range entries {
		if e.Statement == nil {
			w.heading(2, e.Heading(), nil)
			w.para(para{Runs: []run{{Text: layout.AwaitedText, Italic: true}}})
			continue
		}
		w.statement(e.Statement)
		w.spill(false)
	}
}

// key says what the highlight colours mean, before the first statement
// that uses them.
func (w *writer) key() {
	w.para(para{Runs: []run{{Text: "Key", Bold: true}}, Keep: true})
	w.table(table{
		Rows:          [][]string{{layout.KeyProgress}, {layout.KeyDevelopment}},
		RowHighlights: []string{layout.Highlight(model.SectionSuccesses), layout.Highlight(model.SectionDevelopment)},
	})
}

func (w *writer) statement(s *model.Statement) {
	var flags []int
	for _, f := range w.r.FlagsOf(s) {
		flags = append(flags, w.comment(f.Message)...)
	}
	w.marks.begin(s)
	defer w.marks.end()
	heading := layout.AgencyHeading(s)
	w.markedHeading(2, heading, flags, w.marks.add(provenance.KindHeading, heading))
	w.cites.agency[s.Agency] = tocBookmark(w.tocAt)
	if !w.opts.Final {
		w.markedText("Caption", layout.SourceLine(s), provenance.KindSource)
	}
	for _, t := range layout.TitleLines(s) {
		w.para(para{Runs: []run{{Text: t, Italic: true}}, Bookmark: w.marks.add(provenance.KindTitle, t)})
	}
	for _, sec := range layout.Statement(w.r, s, w.opts.LowConfidence) {
		if sec.Key == model.SectionUnmapped || !sec.HasContent() {
			continue
		}
		w.marks.section = sec.Key
		w.markedText("Heading3", sec.Title, provenance.KindSection)
		w.items(sec.Items, layout.Highlight(sec.Key), true)
	}
}

// comment registers a Word comment and returns its id to anchor, or none
// in the version to publish, which carries no comments.
func (w *writer) comment(text string) []int {
	if w.opts.Final {
		return nil
	}
	return []int{w.notes.add(text)}
}

// items writes placed blocks. In a template section the headings that
// opened it and the statement title are left out (the template title and
// the agency heading stand for them, and statement writes a title line that
// says more whole); elsewhere (the appendix) every block is written.
func (w *writer) items(items []layout.Item, highlight string, inSection bool) {
	w.curOrdered = 0
	for _, it := range items {
		if inSection && (it.Role == model.RoleTitle || it.Role == model.RoleSectionHeading) {
			w.curOrdered = 0
			continue
		}
		var ids []int
		if it.Check != "" {
			ids = append(ids, w.comment(it.Check)...)
		}
		for _, n := range it.Notes {
			ids = append(ids, w.comment(n)...)
		}
		if it.Decided != "" {
			ids = append(ids, w.comment(it.Decided)...)
		}
		w.item(it, highlight, ids, w.marks.add(provenance.KindBlock, layout.Text(it.Placement)), w.citeMark(it))
	}
	w.curOrdered = 0
}

// item writes one placed block; mark is its provenance bookmark (0 for
// none) and name, when set, the bookmark the analysis's citations of it
// link to.
func (w *writer) item(it layout.Item, highlight string, ids []int, mark int, name string) {
	if li, ok := it.Block.(*model.ListItem); ok && !it.IsHeading() {
		w.listItem(li, highlight, ids, mark, name)
		return
	}
	w.curOrdered = 0
	switch b := it.Block.(type) {
	case *model.Table:
		w.table(table{Rows: b.Rows, Highlight: highlight, Comments: ids, Header: len(b.Rows) > 1, Bookmark: mark, Name: name})
	case nil:
	default:
		text := b.PlainText()
		switch {
		case it.Role == model.RoleSubHeading:
			w.para(para{Style: "Heading4", Runs: []run{{Text: text}}, Comments: ids, Bookmark: mark, Name: name})
		case it.Kind == model.KindHeading:
			w.para(para{Runs: []run{{Text: text, Bold: true, Highlight: highlight}}, Comments: ids, Keep: true, Bookmark: mark, Name: name})
		case len(model.Pictures(b)) > 0:
			// A statement's picture stands where the agency put it, with its
			// alternative text; its other formatting is not carried over.
			w.para(para{Runs: pictureRuns(b, highlight), Comments: append(ids, w.pictureComments(b)...), Bookmark: mark, Name: name})
		default:
			w.para(para{Runs: []run{{Text: text, Highlight: highlight}}, Comments: ids, Bookmark: mark, Name: name})
		}
	}
}

// listItem writes a real Word list item; consecutive ordered items share
// one numbering instance, so a new list starts again at 1.
func (w *writer) listItem(li *model.ListItem, highlight string, ids []int, mark int, name string) {
	num := bulletNumID
	if li.Ordered {
		if w.curOrdered == 0 {
			w.curOrdered = w.nums.newOrdered()
		}
		num = w.curOrdered
	}
	w.para(para{
		Style: "ListParagraph", NumID: num, Level: min(max(li.Depth, 0), 8),
		Runs: []run{{Text: li.Text, Highlight: highlight}}, Comments: ids, Bookmark: mark, Name: name,
	})
}
