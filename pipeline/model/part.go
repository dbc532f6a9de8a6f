package model

import "strings"

// PartKind names what one part of the report outline holds.
type PartKind string

// The part kinds of a report outline.
const (
	// PartChapter is a chapter the board's own people write (the chair's
	// introduction, a subgroup's report): a DOCX, ODT or Markdown file.
	PartChapter PartKind = "chapter"
	// PartStatements is the partner statements, numbered N.M under the part.
	PartStatements PartKind = "statements"
	// PartAnalysis is reportpipe's analysis of the statements.
	PartAnalysis PartKind = "analysis"
	// PartTable is a table built from a CSV or XLSX file.
	PartTable PartKind = "table"
	// PartAppendix is a chapter printed as a lettered appendix.
	PartAppendix PartKind = "appendix"
	// PartKey is the key to the highlight colours, where the outline puts it.
	PartKey PartKind = "key"
)

// Part is one part of the whole report, in outline order. A chapter or
// table whose file has not arrived keeps its place and its number (Document
// and Table nil), so numbers never move when a contribution is late.
type Part struct {
	Kind PartKind `json:"kind"`
	// Number is the part's number ("1", "7") or an appendix's letter ("A");
	// "" for a part without one (the key).
	Number string `json:"number,omitempty"`
	Title  string `json:"title"`
	// File is the chapter's or table's file name as configured.
	File     string `json:"file,omitempty"`
	Owner    string `json:"owner,omitempty"`
	Contact  string `json:"contact,omitempty"`
	Deadline string `json:"deadline,omitempty"`
	// Document is the chapter as read, nil while it is awaited.
	Document *Document `json:"-"`
	// Table is the data table as read, nil while it is awaited.
	Table *DataTable `json:"table,omitempty"`
	// Problem says why the file could not be used (a person can act on
	// it); the part is then printed as awaited.
	Problem string `json:"problem,omitempty"`
	// SHA256 is the file's digest as read, so any change to it (a picture
	// replaced, a word mended) makes a new draft.
	SHA256 string `json:"sha256,omitempty"`
	// Covers are the keys of the checklist items (analysis.checklist) the
	// chapter is expected to hold evidence for, so an item without evidence
	// can say the chapter is awaited.
	Covers []string `json:"covers,omitempty"`
}

// Heading is the part's heading: "3 Context", "Appendix A Glossary".
func (p Part) Heading() string {
	switch {
	case p.Number == "":
		return p.Title
	case p.Kind == PartAppendix:
		return "Appendix " + p.Number + " " + p.Title
	}
	return p.Number + " " + p.Title
}

// HasFile reports whether the part is filled from a contributed file.
func (p Part) HasFile() bool {
	return p.Kind == PartChapter || p.Kind == PartAppendix || p.Kind == PartTable
}

// Received reports whether the part's file has been read.
func (p Part) Received() bool {
	return p.Document != nil || p.Table != nil
}

// DataTable is a table read from a CSV or XLSX file: the heading row, the
// body rows as written, and the totals row when the file asks for one.
type DataTable struct {
	Header []string   `json:"header"`
	Rows   [][]string `json:"rows"`
	// Totals is the totals row: the file's own label in the first cell
	// and, in each column the file left blank there, the column's sum;
	// nil when the file has no totals row.
	Totals []string `json:"totals,omitempty"`
	// Warnings are what a reviewer must check (a total the file gives
	// that is not the column's sum).
	Warnings []string `json:"warnings,omitempty"`
}

// IsTotalsLabel reports whether a row's first cell asks for totals.
func IsTotalsLabel(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "total" || s == "totals" || s == "grand total"
}
