// Package odt reads OpenDocument text files (.odt, as LibreOffice, Google
// Docs and pandoc write them) into a model.Document: headings by outline
// level or heading style, paragraphs, list items with depth and numbering
// resolved through the list styles, and tables with merged and repeated
// cells laid out on their grid. It reads content.xml and styles.xml as
// streams within extract.Limits; footnotes, comments, tracked deletions and
// generated indexes are not part of the body text and are not read.
package odt
