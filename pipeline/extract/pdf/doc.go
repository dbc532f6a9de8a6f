// Package pdf reads a PDF statement into a model.Document. It owns the whole
// path from bytes to blocks: opening the file with github.com/ledongthuc/pdf
// (after an in-memory pdfcpu normalisation when that library refuses the
// file: PDF 2.0 headers, junk around the file, AES-256 with an empty user
// password), interpreting each page's content stream into positioned glyphs
// and ruling lines, and rebuilding words, lines, paragraphs, list items,
// headings and tables from their geometry and fonts (a table's rows from its
// ruling lines where it has them, from the line spacing where not). Running
// headers, footers and page numbers are dropped; everything else is kept
// verbatim.
//
// A tagged PDF's structure tree (structtree.go) and any PDF's bookmarks
// (outline.go) are evidence on those lines, never a source of text: each
// glyph knows the marked content it is drawn in (markedcontent.go), so a
// line wholly in one tagged heading, list item or paragraph is read into
// that element's block (structlabel.go), a tagged table is one table with
// the tree's rows and cells (structtables.go), and a line whose text is a
// bookmark's title is a heading at its depth. Text the tree does not reach,
// artifacts (headers, footers, line numbers) and lines in two elements are
// read as in an untagged file; the order is the page's. The tree is read
// only when the catalog has a /StructTreeRoot, and dropped whole when its
// walk passes a time budget (structtree.go).
package pdf
