// Package docx reads Word (.docx) statements into a model.Document. It owns
// the WordprocessingML reading: the body of the main part (found through
// _rels/.rels, usually word/document.xml) walked as an xml token stream,
// paragraph styles resolved through styles.xml (headings by
// built-in style name or outline level, bold-only lines as heading
// candidates), lists through numbering.xml, tables with merged cells, and the
// rules that keep text verbatim and shown once (tracked changes accepted,
// text boxes read from their mc:Choice only, fields by their shown result,
// SmartArt from its data part, a drop cap joined to its paragraph).
//
// It reads the zip with archive/zip and encoding/xml rather than
// github.com/nguyenthenguyen/docx, which gives only the raw document.xml and
// cannot read styles, numbering or tables.
package docx
