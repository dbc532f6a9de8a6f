package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump renders a Document as deterministic text, one line per block: its
// index, kind, the kind's own attributes and its quoted text; then one line
// per warning. Extractor golden files hold this form, so a change in what an
// extractor reads shows up as a readable diff. Source is left out: it
// depends on where the file lay, not on what it holds.
func Dump(doc *Document) string {
	if doc == nil {
		return "<nil>\n"
	}
	var sb strings.Builder
	for _, b := range doc.Blocks {
		sb.WriteString(dumpBlock(b))
		sb.WriteByte('\n')
	}
	for _, w := range doc.Warnings {
		sb.WriteString("warning " + strconv.Quote(w) + "\n")
	}
	return sb.String()
}

func dumpBlock(b Block) string {
	p := b.Pos()
	head := strconv.Itoa(p.Index)
	if p.Page > 0 {
		head += fmt.Sprintf(" p%d", p.Page)
	}
	for _, pic := range Pictures(b) {
		head += fmt.Sprintf(" picture(%s alt=%s)", pic.ContentType, strconv.Quote(pic.Alt))
	}
	switch v := b.(type) {
	case *Heading:
		attr := fmt.Sprintf("level=%d", v.Level)
		if v.Candidate {
			attr += " candidate"
		}
		return fmt.Sprintf("%s heading %s %s", head, attr, strconv.Quote(v.Text))
	case *Paragraph:
		kind := "paragraph"
		if v.Style != "" {
			kind += " style=" + string(v.Style)
		}
		return fmt.Sprintf("%s %s %s", head, kind, strconv.Quote(v.Text))
	case *ListItem:
		return fmt.Sprintf("%s list_item depth=%d ordered=%t %s", head, v.Depth, v.Ordered, strconv.Quote(v.Text))
	case *Table:
		cols := 0
		for _, r := range v.Rows {
			cols = max(cols, len(r))
		}
		return fmt.Sprintf("%s table rows=%d cols=%d %s", head, len(v.Rows), cols, strconv.Quote(v.PlainText()))
	default:
		return fmt.Sprintf("%s %s %s", head, b.Kind(), strconv.Quote(b.PlainText()))
	}
}
