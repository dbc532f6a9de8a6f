package odt

import (
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxRepeat bounds number-columns-repeated and number-rows-repeated: a text
// table never repeats a cell or row that often, and a hostile count must not
// lay out millions of cells. maxCells bounds the cells of one document.
const (
	maxRepeat = 256
	maxCells  = 1 << 18
)

// cellRun is a cell as written: its text and how many times it repeats.
type cellRun struct {
	text   string
	repeat int
}

// table reads a table:table whose start was just read. Covered cells (the
// positions a merged cell spans) are empty strings, so rows keep their grid
// shape; repeated cells and rows are laid out; empty repeated cells at a
// row's end and empty rows at the table's end (padding that spreadsheets
// and some writers add) are dropped. A table without text gives no block.
func (w *walker) table() error {
	var tb tableBuf
	mark := len(w.blocks)
	if err := w.rowsOf(&tb); err != nil {
		return err
	}
	rows := tb.rows[:len(tb.rows)-tb.padding]
	if hasText(rows) {
		floating := append([]model.Block(nil), w.blocks[mark:]...)
		w.blocks = append(w.blocks[:mark], &model.Table{Rows: rows})
		w.blocks = append(w.blocks, floating...)
	}
	return nil
}

// tableBuf collects rows; padding counts the rows at its end that came
// from an empty repeated row, which are dropped when the table ends.
type tableBuf struct {
	rows    [][]string
	padding int
}

// rowsOf reads the rows of a table or of a row group inside it.
func (w *walker) rowsOf(tb *tableBuf) error {
	return w.r.each(func(se xml.StartElement) error {
		switch {
		case is(se, nsTable, "table-row"):
			return w.row(se, tb)
		case is(se, nsTable, "table-header-rows"), is(se, nsTable, "table-rows"), is(se, nsTable, "table-row-group"):
			return w.rowsOf(tb)
		}
		return w.r.skip()
	}, nil)
}

func (w *walker) row(se xml.StartElement, tb *tableBuf) error {
	var runs []cellRun
	err := w.r.each(func(c xml.StartElement) error {
		switch {
		case is(c, nsTable, "table-cell"):
			text, err := w.cellText()
			runs = append(runs, cellRun{text: text, repeat: repeat(c, "number-columns-repeated")})
			return err
		case is(c, nsTable, "covered-table-cell"):
			runs = append(runs, cellRun{repeat: repeat(c, "number-columns-repeated")})
			return w.r.skip()
		}
		return w.r.skip()
	}, nil)
	if err != nil {
		return err
	}
	for len(runs) > 0 && runs[len(runs)-1].text == "" && runs[len(runs)-1].repeat > 1 {
		runs = runs[:len(runs)-1]
	}
	var cells []string
	for _, run := range runs {
		for range run.repeat {
			cells = append(cells, run.text)
		}
	}
	n := repeat(se, "number-rows-repeated")
	for range n {
		if err := w.spend(len(cells)); err != nil {
			return err
		}
		tb.rows = append(tb.rows, slices.Clone(cells))
	}
	if n > 1 && !hasText([][]string{cells}) {
		tb.padding += n
	} else {
		tb.padding = 0
	}
	return nil
}

// repeat reads a repeat count, at least 1 and at most maxRepeat.
func repeat(se xml.StartElement, local string) int {
	n, err := strconv.Atoi(attr(se, nsTable, local))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxRepeat)
}

// spend counts n more cells against maxCells.
func (w *walker) spend(n int) error {
	w.cells += n
	if w.cells <= maxCells {
		return nil
	}
	return model.Reject(fmt.Errorf("%w: over %d table cells", model.ErrTooLarge, maxCells),
		"the file's tables have far more cells than any statement's, so it was not read",
		"Ask the agency to resend the statement with its tables as they appear on the page")
}

// cellText reads a table cell's content as text: each paragraph (in lists
// and nested tables too) is one line. Blocks are not emitted for a cell's
// content; frames anchored in the cell are, after the table.
func (w *walker) cellText() (string, error) {
	var lines []string
	err := w.cellLines(&lines)
	return strings.Join(lines, "\n"), err
}

func (w *walker) cellLines(lines *[]string) error {
	return w.r.each(func(se xml.StartElement) error {
		switch {
		case is(se, nsText, "p"), is(se, nsText, "h"):
			res, _, err := w.inline(attr(se, nsText, "style-name"))
			if t := strings.TrimSpace(res.text); t != "" {
				*lines = append(*lines, t)
			}
			return err
		case is(se, nsText, "list"), is(se, nsText, "list-item"), is(se, nsText, "list-header"),
			is(se, nsText, "section"), is(se, nsText, "numbered-paragraph"),
			se.Name.Space == nsTable && se.Name.Local != "table-column" && se.Name.Local != "table-columns":
			return w.cellLines(lines)
		}
		return w.r.skip()
	}, nil)
}

func hasText(rows [][]string) bool {
	for _, r := range rows {
		for _, c := range r {
			if strings.TrimSpace(c) != "" {
				return true
			}
		}
	}
	return false
}
