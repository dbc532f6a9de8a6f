package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// wholeReport writes the outline's parts in order: the board's chapters,
// the statements, the analysis, data tables, appendices and the key. A
// part whose file has not arrived keeps its heading and number. Each
// part starts a page, as a published report's sections do (a key with
// the part after it).
func (w *writer) wholeReport() {
	for i, pt := range w.r.Parts {
		afterKey := i > 0 && w.r.Parts[i-1].Kind == model.PartKey // the key opens the part after it
		empty := pt.Kind == model.PartAnalysis && w.r.Analysis == nil
		if i > 0 && !afterKey && !empty {
			w.pageBreak()
		}
		switch pt.Kind {
		case model.PartStatements:
			w.statements()
		case model.PartAnalysis:
			w.analysis()
		case model.PartKey:
			w.key()
		case model.PartTable:
			w.heading(1, pt.Heading(), nil)
			w.dataTable(pt)
		default:
			w.heading(1, pt.Heading(), nil)
			w.cites.chapter[pt.Title] = tocBookmark(w.tocAt)
			if pt.Document == nil {
				w.para(para{Runs: []run{{Text: layout.AwaitedPart(pt), Italic: true}}})
			} else {
				w.chapter(pt.Document.Source.Path, layout.ChapterBlocks(pt))
			}
		}
		w.spill(false)
	}
}

// dataTable writes a table part: the headings, the rows and the totals in
// bold, a comment on any total the file gives that is not the sum.
func (w *writer) dataTable(pt model.Part) {
	t := pt.Table
	if t == nil {
		w.para(para{Runs: []run{{Text: layout.AwaitedPart(pt), Italic: true}}})
		return
	}
	rows := append([][]string{t.Header}, t.Rows...)
	var ids []int
	for _, msg := range t.Warnings {
		ids = append(ids, w.comment("Check the total: "+msg+".")...)
	}
	tb := table{Rows: rows, Header: true, Comments: ids}
	if t.Totals != nil {
		rows = append(rows, t.Totals)
		last := len(rows) - 1
		tb.Rows = rows
		tb.Cell = func(i, j int) []run {
			if i != last || j >= len(rows[i]) {
				return nil
			}
			return []run{{Text: rows[i][j], Bold: true}}
		}
	}
	w.table(tb)
}

// hasKeyPart reports whether the outline places the key itself.
func (w *writer) hasKeyPart() bool {
	for _, pt := range w.r.Parts {
		if pt.Kind == model.PartKey {
			return true
		}
	}
	return false
}

// analysisTitle is the analysis part's heading: numbered as the outline
// numbers it, or the plain heading without an outline.
func (w *writer) analysisTitle() string {
	for _, pt := range w.r.Parts {
		if pt.Kind == model.PartAnalysis {
			return pt.Heading()
		}
	}
	return analysisHeading
}

// wholeOutline is the contents of the whole report: each part, and under
// it its agencies, analyses or the chapter's own top headings.
func (w *writer) wholeOutline() []tocEntry {
	var out []tocEntry
	for _, pt := range w.r.Parts {
		switch pt.Kind {
		case model.PartStatements:
			out = append(out, tocEntry{1, layout.StatementsHeading(w.r.Meta)})
			for _, e := range layout.Entries(w.r) {
				out = append(out, tocEntry{2, e.Heading()})
			}
		case model.PartAnalysis:
			if w.r.Analysis == nil {
				continue
			}
			out = append(out, tocEntry{1, w.analysisTitle()})
			for _, p := range w.analysisParts() {
				out = append(out, tocEntry{2, p.Title})
			}
		case model.PartKey:
		default:
			out = append(out, tocEntry{1, pt.Heading()})
			out = append(out, chapterEntries(layout.ChapterBlocks(pt))...)
		}
	}
	return out
}

// chapterEntries are a chapter's top headings, which become Heading 2.
func chapterEntries(blocks []model.Block) []tocEntry {
	top := layout.TopHeading(blocks)
	var out []tocEntry
	for _, b := range blocks {
		if h, ok := b.(*model.Heading); ok && h.Level == top {
			out = append(out, tocEntry{2, h.Text})
		}
	}
	return out
}
