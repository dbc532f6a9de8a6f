package docx

import (
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// unmappedAppendix keeps every block mapping could not place, verbatim,
// under its agency, so nothing an agency sent vanishes from the draft.
func (w *writer) unmappedAppendix() {
	started := false
	for _, s := range w.r.Statements {
		items := layout.Unmapped(w.r, s)
		if len(items) == 0 {
			continue
		}
		if !started {
			started = true
			w.text("Heading1", "Appendix: text not placed in a section")
			w.text("", "Mapping could not place these blocks in a section of the template. They are kept here as the agencies wrote them, for a reviewer to move into place.")
		}
		w.marks.begin(s)
		w.marks.section = model.SectionUnmapped
		w.markedText("Heading2", layout.AgencyHeading(s)+": text not placed", provenance.KindHeading)
		w.markedText("Caption", layout.SourceLine(s), provenance.KindSource)
		w.items(items, "", false)
		w.marks.end()
		w.spill(false)
	}
}

// filesAppendix accounts for the submissions that are not in the report.
func (w *writer) filesAppendix() {
	r := w.r
	w.text("Heading1", "Appendix: submissions not used")
	w.text("Heading2", "Agencies with no statement")
	if len(r.Missing) == 0 {
		w.text("", "None.")
	}
	for _, a := range r.Missing {
		w.para(para{Style: "ListParagraph", NumID: bulletNumID, Runs: []run{{Text: a}}})
	}
	w.text("Heading2", "Superseded files")
	rows := [][]string{{"File", "Agency", "Replaced by"}}
	for _, s := range r.Superseded {
		rows = append(rows, []string{s.File, s.Agency, s.By})
	}
	w.rowsOrNone(rows)
	w.text("Heading2", "Rejected files")
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
