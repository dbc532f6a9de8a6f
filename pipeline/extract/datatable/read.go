package datatable

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// MaxRows bounds a table: far more rows than any report table is a file
// chosen by mistake.
const MaxRows = 5000

// ReadCSV reads a CSV table (comma-separated, UTF-8, a byte-order mark
// allowed).
func ReadCSV(data []byte) (*model.DataTable, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, model.Reject(model.ErrCorrupt, "the CSV file is not UTF-8 text",
			"Save it again as \"CSV UTF-8 (Comma delimited)\"")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, err), "the CSV file could not be read ("+err.Error()+")",
				"Check the quotes on that line, or save the table again from the spreadsheet as CSV")
		}
		if len(rows) > MaxRows {
			return nil, model.Reject(model.ErrTooLarge, fmt.Sprintf("the table has more than %d rows", MaxRows), "Check that the outline names the right file")
		}
		rows = append(rows, rec)
	}
	return build(rows)
}

// ReadXLSX reads a sheet of a workbook (the first when sheet is ""), as
// the cells show their values.
func ReadXLSX(data []byte, sheet string) (t *model.DataTable, err error) {
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, model.Reject(fmt.Errorf("%w: xlsx reader panic: %v", model.ErrCorrupt, p),
				"the workbook is damaged, so it could not be read", "Save it again from the spreadsheet program")
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, err), "the workbook could not be opened",
			"Save it again as an Excel workbook (.xlsx) without a password")
	}
	defer func() { _ = f.Close() }()
	if sheet == "" {
		sheet = f.GetSheetName(0)
	}
	if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
		return nil, model.Reject(model.ErrNotADoc, fmt.Sprintf("the workbook has no sheet %q (it has %s)", sheet, strings.Join(f.GetSheetList(), ", ")),
			"Name one of its sheets in the outline's sheet key")
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, model.Reject(fmt.Errorf("%w: %v", model.ErrCorrupt, err), "the sheet "+sheet+" could not be read", "Save the workbook again")
	}
	if len(rows) > MaxRows+1 {
		return nil, model.Reject(model.ErrTooLarge, fmt.Sprintf("the sheet has more than %d rows", MaxRows), "Check that the outline names the right file and sheet")
	}
	return build(rows)
}

// build makes the table of rows: blank rows dropped, rows padded to one
// width, the first row the headings and a "Total" row the totals.
func build(rows [][]string) (*model.DataTable, error) {
	var kept [][]string
	width := 0
	for _, r := range rows {
		if strings.TrimSpace(strings.Join(r, "")) == "" {
			continue
		}
		kept = append(kept, r)
		width = max(width, len(r))
	}
	if len(kept) == 0 {
		return nil, model.Reject(model.ErrEmpty, "the table file holds no rows", "Save the table with its heading row and its rows")
	}
	for i, r := range kept {
		for len(r) < width {
			r = append(r, "")
		}
		kept[i] = r
	}
	t := &model.DataTable{Header: kept[0], Rows: kept[1:]}
	if n := len(t.Rows); n > 0 && model.IsTotalsLabel(t.Rows[n-1][0]) {
		t.Totals, t.Rows = t.Rows[n-1], t.Rows[:n-1]
		fillTotals(t)
	}
	return t, nil
}
