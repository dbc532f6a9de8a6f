package markdown

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// items writes placed blocks. Inside a template section the opening
// headings and the statement title are left out, as in the Word draft.
func (m *writer) items(items []layout.Item, inSection bool) {
	var list []string // lines of the list being written
	counters := map[int]int{}
	endList := func() {
		if len(list) > 0 {
			m.block(strings.Join(list, "\n"))
			list = list[:0]
			clear(counters)
		}
	}
	for _, it := range items {
		if inSection && (it.Role == model.RoleTitle || it.Role == model.RoleSectionHeading) {
			endList()
			continue
		}
		if li, ok := it.Block.(*model.ListItem); ok && !it.IsHeading() {
			list = append(list, listLine(li, counters))
			if it.Check != "" || len(it.Notes) > 0 {
				endList()
				m.checks(it)
			}
			continue
		}
		endList()
		m.item(it)
		m.checks(it)
	}
	endList()
}

// checks writes the item's notes for the reviewer.
func (m *writer) checks(it layout.Item) {
	if it.Check != "" {
		m.check(it.Check)
	}
	for _, n := range it.Notes {
		m.check(n)
	}
}

// listLine is one list item, indented four spaces per depth; numbers
// count per depth within the list.
func listLine(li *model.ListItem, counters map[int]int) string {
	depth := max(li.Depth, 0)
	for d := range counters {
		if d > depth {
			delete(counters, d) // a deeper list ended: it restarts next time
		}
	}
	marker := "- "
	if li.Ordered {
		counters[depth]++
		marker = strconv.Itoa(counters[depth]) + ". "
	}
	indent := strings.Repeat("    ", depth)
	return indent + marker + text(li.Text, indent+strings.Repeat(" ", len(marker)))
}

func (m *writer) item(it layout.Item) {
	switch b := it.Block.(type) {
	case *model.Table:
		m.table(b.Rows)
	case nil:
	default:
		switch {
		case it.Role == model.RoleSubHeading:
			m.heading(5, b.PlainText())
		case it.Kind == model.KindHeading:
			m.block("**" + text(b.PlainText(), "") + "**")
		default:
			m.block(text(b.PlainText(), ""))
		}
	}
}

// table writes a pipe table; the first row is the header.
func (m *writer) table(rows [][]string) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	var b strings.Builder
	for i, r := range rows {
		b.WriteString("|")
		for j := 0; j < cols; j++ {
			c := ""
			if j < len(r) {
				c = r[j]
			}
			b.WriteString(" " + cell(c) + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
	}
	m.block(strings.TrimSuffix(b.String(), "\n"))
}
