// Package markdown reads a board chapter written in Markdown into a
// model.Document with goldmark's parser and AST: headings with their level,
// paragraphs with bold, italic, links, footnote marks and pictures as
// spans, lists with their numbering (a list's start and which list each
// item belongs to), GFM tables and footnotes. Text is verbatim; nothing in
// the file is dropped but its markup. It reads chapters, not statements:
// nothing here is mapped into the statement template.
package markdown
