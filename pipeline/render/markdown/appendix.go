package markdown

import (
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// unmappedAppendix keeps every unplaced block, verbatim, under its agency.
func (m *writer) unmappedAppendix() {
	started := false
	for _, s := range m.r.Statements {
		items := layout.Unmapped(m.r, s)
		if len(items) == 0 {
			continue
		}
		if !started {
			started = true
			m.heading(2, "Appendix: text not placed in a section")
			m.block("Mapping could not place these blocks in a section of the template. They are kept here as the agencies wrote them, for a reviewer to move into place.")
		}
		m.heading(3, layout.AgencyHeading(s)+": text not placed")
		m.block("*" + text(layout.SourceLine(s), "") + "*")
		m.items(items, false)
	}
}

// filesAppendix lists missing agencies, superseded and rejected files.
func (m *writer) filesAppendix() {
	r := m.r
	m.heading(2, "Appendix: submissions not used")
	m.heading(3, "Agencies with no statement")
	if len(r.Missing) == 0 {
		m.block("None.")
	} else {
		lines := ""
		for i, a := range r.Missing {
			if i > 0 {
				lines += "\n"
			}
			lines += "- " + text(a, "  ")
		}
		m.block(lines)
	}
	m.heading(3, "Superseded files")
	rows := [][]string{{"File", "Agency", "Replaced by"}}
	for _, s := range r.Superseded {
		rows = append(rows, []string{s.File, s.Agency, s.By})
	}
	m.rowsOrNone(rows)
	m.heading(3, "Rejected files")
	rows = [][]string{{"File", "Reason"}}
	for _, s := range r.Rejected {
		rows = append(rows, []string{s.File, s.Reason})
	}
	m.rowsOrNone(rows)
}

func (m *writer) rowsOrNone(rows [][]string) {
	if len(rows) < 2 {
		m.block("None.")
		return
	}
	m.table(rows)
}
