// Package pdf reads a PDF statement into a model.Document. It owns the whole
// path from bytes to blocks: opening the file with github.com/ledongthuc/pdf
// (after an in-memory pdfcpu normalisation when that library refuses the
// file: PDF 2.0 headers, junk around the file, AES-256 with an empty user
// password), interpreting each page's content stream into positioned glyphs
// and ruling lines, and rebuilding words, lines, paragraphs, list items,
// headings and tables from their geometry and fonts (a table's rows from its
// ruling lines where it has them, from the line spacing where not; a
// letter-spaced line's common gap is taken off before words are split,
// tracking.go). Running
// headers, footers and page numbers are dropped; everything else is kept
// verbatim.
package pdf
