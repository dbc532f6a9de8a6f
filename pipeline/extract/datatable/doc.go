// Package datatable reads a report table (board membership and
// attendance, the financial report) from a CSV file (encoding/csv) or an
// XLSX workbook (excelize) into a model.DataTable: the first row as the
// column headings, the rest as written, and the totals a "Total" row asks
// for. Cells are copied as the file shows them; a total is only ever
// added where the file left the cell blank, never put over a figure.
package datatable
