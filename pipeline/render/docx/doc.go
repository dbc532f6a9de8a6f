// Package docx writes the editable Word draft of a Report with a small
// WordprocessingML writer of our own (no third-party DOCX writer: none
// writes a TOC field, comments and numbering together). It copies the
// styles of a reference document (templates/report.docx by default) and
// writes the document, numbering, comments, settings and core properties.
// Agency text is copied verbatim: escaped, never reworded.
//
//go:generate go run ./internal/mkref -o ../../../templates/report.docx
package docx
