package markdown

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// wholeReport writes the outline's parts in order, as the Word draft does.
func (m *writer) wholeReport() {
	for _, pt := range m.r.Parts {
		switch pt.Kind {
		case model.PartStatements:
			m.statements()
		case model.PartAnalysis:
			m.analysisTitle = pt.Heading()
			m.analysis()
		case model.PartKey:
			m.key()
		case model.PartTable:
			m.heading(2, pt.Heading())
			if pt.Table == nil {
				m.block("*" + text(layout.AwaitedPart(pt), "") + "*")
				continue
			}
			m.dataTable(pt.Table)
		default:
			m.heading(2, pt.Heading())
			if pt.Document == nil {
				m.block("*" + text(layout.AwaitedPart(pt), "") + "*")
				continue
			}
			m.chapter(layout.ChapterBlocks(pt))
		}
	}
}

// dataTable writes a table part with its totals row in bold, and a note
// where a total the file gives is not the column's sum.
func (m *writer) dataTable(t *model.DataTable) {
	rows := append([][]string{t.Header}, t.Rows...)
	if t.Totals != nil {
		rows = append(rows, t.Totals)
	}
	m.table(rows)
	for _, w := range t.Warnings {
		m.check("The total " + strings.TrimPrefix(w, "the total ") + ".")
	}
}

// chapter writes a chapter's blocks in order: headings under the part's,
// lists numbered as the source numbers them, tables, formatting, links,
// pictures (by their description) and footnotes (after the chapter).
func (m *writer) chapter(blocks []model.Block) {
	top := layout.TopHeading(blocks)
	var list []string
	counts := map[string]int{}
	var notes []string
	flush := func() {
		if len(list) > 0 {
			m.block(strings.Join(list, "\n"))
			list = list[:0]
		}
	}
	lastList := ""
	for _, b := range blocks {
		switch v := b.(type) {
		case *model.ListItem:
			if v.Depth == 0 && len(list) > 0 && v.List != lastList {
				// Another list straight after one: a comment keeps Markdown
				// from running the two together.
				flush()
				m.block("<!-- -->")
			}
			if v.Depth == 0 {
				lastList = v.List
			}
			list = append(list, chapterItem(v, counts, &notes))
			continue
		case *model.Heading:
			flush()
			if v.Level <= 0 {
				m.block("**" + text(v.Text, "") + "**")
				continue
			}
			m.heading(min(v.Level-top+3, 6), v.Text)
		case *model.Paragraph:
			flush()
			t := spansText(v.Text, v.Spans, &notes, "")
			if v.Style == model.StyleQuote { // a quotation stays one
				t = "> " + strings.ReplaceAll(t, "\n", "\n> ")
			}
			m.block(t)
		case *model.Table:
			flush()
			m.table(v.Rows)
		}
	}
	flush()
	for i, n := range notes {
		m.block("[^" + strconv.Itoa(i+1) + "]: " + text(n, "    "))
	}
}

// chapterItem is one list line, numbered on from the item before it in
// the same source list (restarting where the source starts a list again).
func chapterItem(li *model.ListItem, counts map[string]int, notes *[]string) string {
	depth := max(li.Depth, 0)
	key := li.List + "/" + strconv.Itoa(depth)
	marker := "- "
	if li.Ordered {
		if li.Start > 0 {
			counts[key] = li.Start - 1
		}
		if li.List == "" {
			key = "/" + strconv.Itoa(depth)
		}
		counts[key]++
		marker = strconv.Itoa(counts[key]) + ". "
	}
	indent := strings.Repeat("    ", depth)
	return indent + marker + spansText(li.Text, li.Spans, notes, indent+strings.Repeat(" ", len(marker)))
}

// spansText is a block's text with its formatting in Markdown; footnotes
// are numbered on from notes, which collects their texts.
func spansText(plain string, spans []model.Span, notes *[]string, indent string) string {
	if len(spans) == 0 {
		return text(plain, indent)
	}
	var sb strings.Builder
	for _, s := range spans {
		switch {
		case s.Picture != nil:
			alt := s.Picture.Alt
			if alt == "" {
				alt = "a picture without a description"
			}
			sb.WriteString("*[Picture: " + text(alt, indent) + "]*")
		case s.Footnote != "":
			*notes = append(*notes, s.Footnote)
			sb.WriteString("[^" + strconv.Itoa(len(*notes)) + "]")
		default:
			t := text(s.Text, indent)
			if s.Link != "" && strings.TrimSpace(t) != "" {
				t = "[" + t + "](" + strings.ReplaceAll(s.Link, ")", "%29") + ")"
			}
			sb.WriteString(emphasis(t, s.Bold, s.Italic))
		}
	}
	return sb.String()
}

// emphasis wraps t in bold and italic marks, keeping its outer spaces
// outside them (Markdown ignores marks next to a space).
func emphasis(t string, bold, italic bool) string {
	mark := ""
	if bold {
		mark += "**"
	}
	if italic {
		mark += "*"
	}
	core := strings.TrimSpace(t)
	if mark == "" || core == "" {
		return t
	}
	lead := t[:strings.Index(t, core)]
	trail := t[len(lead)+len(core):]
	return lead + mark + core + reverse(mark) + trail
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// key says what the highlights mean, where the outline places it.
func (m *writer) key() {
	m.block(keyLine())
}
