// Package pdf reads a PDF statement into a model.Document. It owns the whole
// path from bytes to blocks: opening the file with github.com/ledongthuc/pdf
// (after an in-memory pdfcpu normalisation when that library refuses the
// file: PDF 2.0 headers, junk around the file, AES-256 with an empty user
// password), interpreting each page's content stream into positioned glyphs
// (each knowing its marked content: MCID, artifact) and ruling lines, and
// rebuilding the blocks.
//
// A tagged PDF is read by its structure tree (structtree.go, structread.go):
// headings, paragraphs, list items and tables as the producer tagged them,
// in the tree's order, artifacts left out. Where the tree misses text, and
// for untagged files, the blocks are rebuilt from geometry and fonts: words,
// lines, paragraphs, list items, headings (from sizes, bold fonts and the
// bookmarks of the /Outlines tree, outline.go) and tables (rows from ruling
// lines where there are some, from line spacing where not); pages set in
// columns are read column by column. Running headers, footers and page
// numbers are dropped; everything else is kept verbatim: a line-end hyphen
// stays, and only a soft hyphen is taken out when its word is joined.
package pdf
