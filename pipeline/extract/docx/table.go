package docx

import (
	"encoding/xml"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxSpan bounds w:gridSpan, w:gridBefore and w:gridAfter, so a hostile
// value cannot make a row of millions of empty cells.
const maxSpan = 64

// table reads a w:tbl whose start was just read. A merged cell's text
// appears once, in the first grid column and row it covers; the positions it
// covers are empty strings, so every row keeps its grid shape. A table
// without any text gives nil.
func (w *walker) table() (*model.Table, error) {
	var rows [][]string
	err := w.r.each(func(se xml.StartElement) error { return w.tableChild(se, &rows) })
	if err != nil || !hasText(rows) {
		return nil, err
	}
	return &model.Table{Rows: rows}, nil
}

func (w *walker) tableChild(se xml.StartElement, rows *[][]string) error {
	switch se.Name.Local {
	case "tr":
		row, deleted, err := w.row()
		if !deleted {
			*rows = append(*rows, row)
		}
		return err
	case "sdt", "sdtContent", "customXml", "ins", "moveTo":
		return w.r.each(func(c xml.StartElement) error { return w.tableChild(c, rows) })
	}
	return w.r.skip()
}

// rowProps are the w:trPr facts that shape a row.
type rowProps struct {
	before, after int
	deleted       bool // a tracked deletion of the whole row
}

// row reads a w:tr. A row deleted as a tracked change is reported so the
// caller drops it, as accepting the change would.
func (w *walker) row() (cells []string, deleted bool, err error) {
	var rp rowProps
	err = w.r.each(func(se xml.StartElement) error {
		if se.Name.Local == "trPr" {
			return w.rowProps(&rp)
		}
		return w.rowChild(se, &cells)
	})
	if rp.before > 0 {
		cells = append(make([]string, rp.before), cells...)
	}
	for range rp.after {
		cells = append(cells, "")
	}
	return cells, rp.deleted, err
}

func (w *walker) rowProps(rp *rowProps) error {
	return w.r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "gridBefore":
			rp.before = span(se)
		case "gridAfter":
			rp.after = span(se)
		case "del":
			rp.deleted = true
		}
		return w.r.skip()
	})
}

func (w *walker) rowChild(se xml.StartElement, cells *[]string) error {
	switch se.Name.Local {
	case "tc":
		text, n, err := w.cell()
		*cells = append(*cells, text)
		for range n - 1 {
			*cells = append(*cells, "")
		}
		return err
	case "sdt", "sdtContent", "customXml", "ins", "moveTo":
		return w.r.each(func(c xml.StartElement) error { return w.rowChild(c, cells) })
	}
	return w.r.skip()
}

// cell reads a w:tc: its text and how many grid columns it spans. Its
// paragraphs are joined by newlines; a nested table is flattened into the
// text, one non-empty cell per line. A vMerge continuation cell holds no text
// of its own in a sound file; whatever it does hold is kept, never copied
// from the cell above.
func (w *walker) cell() (string, int, error) {
	n := 1
	var blocks []model.Block
	err := w.container(func() error {
		return w.r.each(func(se xml.StartElement) error {
			if se.Name.Local == "tcPr" {
				return w.r.each(func(c xml.StartElement) error {
					if c.Name.Local == "gridSpan" {
						n = span(c)
					}
					return w.r.skip()
				})
			}
			return w.block(se, &blocks)
		})
	}, &blocks)
	return cellText(blocks), n, err
}

func cellText(blocks []model.Block) string {
	var parts []string
	for _, b := range blocks {
		if t, ok := b.(*model.Table); ok {
			for _, r := range t.Rows {
				for _, c := range r {
					if c != "" {
						parts = append(parts, c)
					}
				}
			}
			continue
		}
		parts = append(parts, b.PlainText())
	}
	return strings.Join(parts, "\n")
}

// span reads a span count, kept within 1..maxSpan (0 allowed for gridBefore
// and gridAfter, which callers treat as nothing added).
func span(se xml.StartElement) int {
	v, ok := intAttr(se)
	if !ok {
		return 1
	}
	return min(max(v, 0), maxSpan)
}

func hasText(rows [][]string) bool {
	for _, r := range rows {
		for _, c := range r {
			if c != "" {
				return true
			}
		}
	}
	return false
}
