package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// titlePage writes the cover, the contents and the key.
func (w *writer) titlePage() {
	m := w.r.Meta
	w.text("Subtitle", m.Board)
	w.text("Title", m.Title)
	if m.Period != "" {
		w.text("Subtitle", m.Period)
	}
	w.text("", "Draft generated "+m.GeneratedAt.Format("2 January 2006 15:04"))
	w.pageBreak()
	w.text("TOCHeading", "Contents")
	w.toc()
	w.para(para{Runs: []run{{Text: "Key", Bold: true}}, Keep: true})
	w.table(table{
		Rows:          [][]string{{layout.KeyProgress}, {layout.KeyDevelopment}},
		RowHighlights: []string{layout.Highlight(model.SectionSuccesses), layout.Highlight(model.SectionDevelopment)},
	})
	w.pageBreak()
}

// statements writes the partner statements part, one Heading 2 per agency.
func (w *writer) statements() {
	w.text("Heading1", layout.StatementsHeading(w.r.Meta))
	if len(w.r.Statements) == 0 {
		w.text("", "No statements were compiled.")
	}
	for _, s := range w.r.Statements {
		w.statement(s)
		w.spill(false)
	}
}

func (w *writer) statement(s *model.Statement) {
	var flags []int
	for _, f := range w.r.FlagsOf(s) {
		flags = append(flags, w.notes.add(f.Message))
	}
	w.marks.begin(s)
	defer w.marks.end()
	heading := layout.AgencyHeading(s)
	w.para(para{Style: "Heading2", Runs: []run{{Text: heading}}, Comments: flags, Bookmark: w.marks.add(provenance.KindHeading, heading)})
	w.markedText("Caption", layout.SourceLine(s), provenance.KindSource)
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
			ids = append(ids, w.notes.add(it.Check))
		}
		for _, n := range it.Notes {
			ids = append(ids, w.notes.add(n))
		}
		w.item(it, highlight, ids, w.marks.add(provenance.KindBlock, layout.Text(it.Placement)))
	}
	w.curOrdered = 0
}

func (w *writer) item(it layout.Item, highlight string, ids []int, mark int) {
	if li, ok := it.Block.(*model.ListItem); ok && !it.IsHeading() {
		w.listItem(li, highlight, ids, mark)
		return
	}
	w.curOrdered = 0
	switch b := it.Block.(type) {
	case *model.Table:
		w.table(table{Rows: b.Rows, Highlight: highlight, Comments: ids, Header: len(b.Rows) > 1, Bookmark: mark})
	case nil:
	default:
		text := b.PlainText()
		switch {
		case it.Role == model.RoleSubHeading:
			w.para(para{Style: "Heading4", Runs: []run{{Text: text}}, Comments: ids, Bookmark: mark})
		case it.Kind == model.KindHeading:
			w.para(para{Runs: []run{{Text: text, Bold: true, Highlight: highlight}}, Comments: ids, Keep: true, Bookmark: mark})
		default:
			w.para(para{Runs: []run{{Text: text, Highlight: highlight}}, Comments: ids, Bookmark: mark})
		}
	}
}

// listItem writes a real Word list item; consecutive ordered items share
// one numbering instance, so a new list starts again at 1.
func (w *writer) listItem(li *model.ListItem, highlight string, ids []int, mark int) {
	num := bulletNumID
	if li.Ordered {
		if w.curOrdered == 0 {
			w.curOrdered = w.nums.newOrdered()
		}
		num = w.curOrdered
	}
	w.para(para{
		Style: "ListParagraph", NumID: num, Level: min(max(li.Depth, 0), 8),
		Runs: []run{{Text: li.Text, Highlight: highlight}}, Comments: ids, Bookmark: mark,
	})
}
