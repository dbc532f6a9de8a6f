package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// The appendices' headings.
const (
	unplacedHeading = "Appendix: text not placed in a section"
	filesHeading    = "Appendix: submissions not used"
)

// filesTitles are the sub-headings of the files appendix, in order.
var filesTitles = []string{"Agencies with no statement", "Superseded files", "Rejected files"}

// unplaced are the statements with blocks mapping could not place.
func (w *writer) unplaced() []*model.Statement {
	var out []*model.Statement
	for _, s := range w.r.Statements {
		if len(layout.Unmapped(w.r, s)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func unplacedTitle(s *model.Statement) string { return layout.AgencyHeading(s) + ": text not placed" }

// unmappedAppendix keeps every block mapping could not place, verbatim,
// under its agency, so nothing an agency sent vanishes from the draft (nor
// from the version to publish, where a reviewer should have moved them).
func (w *writer) unmappedAppendix() {
	for i, s := range w.unplaced() {
		if i == 0 {
			w.heading(1, unplacedHeading, nil)
			w.text("", "Mapping could not place these blocks in a section of the template. They are kept here as the agencies wrote them, for a reviewer to move into place.")
		}
		w.marks.begin(s)
		w.marks.section = model.SectionUnmapped
		title := unplacedTitle(s)
		w.markedHeading(2, title, nil, w.marks.add(provenance.KindHeading, title))
		if !w.opts.Final {
			w.markedText("Caption", layout.SourceLine(s), provenance.KindSource)
		}
		w.items(layout.Unmapped(w.r, s), "", false)
		w.marks.end()
		w.spill(false)
	}
}

// filesAppendix accounts for the submissions that are not in the report;
// it is for reviewers, so the version to publish leaves it out.
func (w *writer) filesAppendix() {
	if w.opts.Final {
		return
	}
	r := w.r
	w.heading(1, filesHeading, nil)
	w.heading(2, filesTitles[0], nil)
	if len(r.Missing) == 0 {
		w.text("", "None.")
	}
	for _, a := range r.Missing {
		w.para(para{Style: "ListParagraph", NumID: bulletNumID, Runs: []run{{Text: a}}})
	}
	w.heading(2, filesTitles[1], nil)
	rows := [][]string{{"File", "Agency", "Replaced by"}}
	for _, s := range r.Superseded {
		rows = append(rows, []string{s.File, s.Agency, s.By})
	}
	w.rowsOrNone(rows)
	w.heading(2, filesTitles[2], nil)
	rows = [][]string{{"File", "Reason"}}
	for _, s := range r.Rejected {
		rows = append(rows, []string{s.File, s.Reason})
	}
	w.rowsOrNone(rows)
}

// rowsOrNone writes a table with a header row, or "None." when it has no
// other row.
func (w *writer) rowsOrNone(rows [][]string) {
	if len(rows) < 2 {
		w.text("", "None.")
		return
	}
	w.table(table{Rows: rows, Header: true, Small: true})
}
