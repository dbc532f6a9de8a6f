package html

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	htmltemplate "html/template"
)

// Published is the version to publish as one accessible web page: the
// reviewers' finished document, block by block, as pipeline/publish reads
// it. The page is built for the Public Sector Bodies Accessibility
// Regulations' WCAG 2.2 AA: a language, landmarks (banner, navigation,
// main), real headings in order (the title is the one h1, the document's
// Heading 1 an h2 and so on), lists as lists, tables with header cells
// scoped to their columns, alt text on every picture; no script.
type Published struct {
	Title string
	Lang  string // "en-GB" when empty
	// Lead are the lines of the title page other than the title (the
	// board, the period), shown under it.
	Lead   []string
	Blocks []PubBlock
}

// PubKind is what a PubBlock is.
type PubKind int

// The kinds of block.
const (
	PubPara PubKind = iota
	PubHeading
	PubListItem
	PubTable
)

// PubBlock is one block of the page.
type PubBlock struct {
	Kind PubKind
	// Level is a heading's level in the document (1 for Heading 1).
	Level int
	// Ordered and Depth place a list item (Depth 0 at the left margin).
	Ordered bool
	Depth   int
	Runs    []PubRun
	// Rows are a table's rows; the first HeaderRows are its header.
	Rows       [][][]PubRun
	HeaderRows int
	// IDs are the bookmarks in the block, targets of the links to it.
	IDs []string
}

// PubRun is a stretch of text with its formatting, a link, or a picture.
type PubRun struct {
	Text         string
	Bold, Italic bool
	// Href links the run: "#name" inside the page, or an http(s) or
	// mailto address.
	Href string
	// Image is a picture's data: URI, with Alt its alternative text.
	Image htmltemplate.URL
	Alt   string
	// Mark is a highlight's meaning ("progress", "development"), "" none.
	Mark string
}

// RenderPublished writes p as one self-contained HTML page.
func RenderPublished(w io.Writer, p Published) error {
	bw := bufio.NewWriter(w)
	pw := &pubWriter{w: bw}
	pw.page(p)
	return bw.Flush()
}

type pubWriter struct{ w *bufio.Writer }

func (pw *pubWriter) s(parts ...string) {
	for _, p := range parts {
		pw.w.WriteString(p)
	}
}

func esc(s string) string { return htmltemplate.HTMLEscapeString(s) }

func (pw *pubWriter) page(p Published) {
	lang := p.Lang
	if lang == "" {
		lang = "en-GB"
	}
	pw.s(`<!DOCTYPE html>`+"\n"+`<html lang="`, esc(lang), `"><head><meta charset="utf-8">`,
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>`, esc(p.Title), `</title><style>`, publishedCSS, `</style></head>`+"\n<body>\n")
	pw.s(`<a class="skip" href="#main">Skip to the report</a>`+"\n", `<header><h1>`, esc(p.Title), `</h1>`)
	for _, l := range p.Lead {
		pw.s(`<p class="lead">`, esc(l), `</p>`)
	}
	pw.s("</header>\n")
	pw.contents(p.Blocks)
	pw.s(`<main id="main">` + "\n")
	for i := 0; i < len(p.Blocks); i++ {
		b := p.Blocks[i]
		switch b.Kind {
		case PubHeading:
			pw.heading(b)
		case PubTable:
			pw.table(b)
		case PubListItem:
			i = pw.list(p.Blocks, i) - 1
		default:
			pw.s(`<p>`)
			pw.ids(b)
			pw.runs(b.Runs)
			pw.s("</p>\n")
		}
	}
	pw.s("</main>\n</body></html>\n")
}

// hLevel is the HTML level of a document heading: the title is the h1.
func hLevel(level int) string { return strconv.Itoa(min(max(level, 1)+1, 6)) }

// headingID is the id a heading's contents link goes to.
func headingID(i int) string { return "part-" + strconv.Itoa(i+1) }

// contents lists the headings of levels 1 and 2 as the page's
// navigation, each level 2 under the level 1 before it.
func (pw *pubWriter) contents(bs []PubBlock) {
	pw.s(`<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ul>`)
	sub := false // a nested list is open under the last level 1
	for i, b := range bs {
		if b.Kind != PubHeading || b.Level > 2 {
			continue
		}
		link := `<a href="#` + headingID(i) + `">` + esc(plainRuns(b.Runs)) + `</a>`
		switch {
		case b.Level == 2 && sub:
			pw.s(`<li>`, link, `</li>`)
		case b.Level == 2 && i > 0 && openTop(bs, i):
			pw.s(`<ul><li>`, link, `</li>`)
			sub = true
		case b.Level == 2:
			pw.s(`<li>`, link, `</li>`)
		default:
			pw.closeTop(bs, i, &sub)
			pw.s(`<li>`, link)
		}
	}
	pw.closeTop(bs, len(bs), &sub)
	pw.s("</ul></nav>\n")
	for i := range bs { // the ids the contents links to
		if bs[i].Kind == PubHeading && bs[i].Level <= 2 {
			bs[i].IDs = append([]string{headingID(i)}, bs[i].IDs...)
		}
	}
}

// openTop says whether a level 1 heading comes before block i (its list
// item is still open).
func openTop(bs []PubBlock, i int) bool {
	for _, b := range bs[:i] {
		if b.Kind == PubHeading && b.Level == 1 {
			return true
		}
	}
	return false
}

// closeTop closes the list item of the level 1 before block i, if any.
func (pw *pubWriter) closeTop(bs []PubBlock, i int, sub *bool) {
	if *sub {
		pw.s(`</ul>`)
		*sub = false
	}
	if openTop(bs, i) {
		pw.s(`</li>`)
	}
}

func plainRuns(rs []PubRun) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func (pw *pubWriter) heading(b PubBlock) {
	l := hLevel(b.Level)
	pw.s(`<h`, l)
	if len(b.IDs) > 0 {
		pw.s(` id="`, esc(b.IDs[0]), `"`)
	}
	pw.s(`>`)
	for _, id := range b.IDs[min(1, len(b.IDs)):] {
		pw.s(`<span id="`, esc(id), `"></span>`)
	}
	pw.runs(b.Runs)
	pw.s(`</h`, l, ">\n")
}

// ids writes the block's bookmarks as link targets.
func (pw *pubWriter) ids(b PubBlock) {
	for _, id := range b.IDs {
		pw.s(`<span id="`, esc(id), `"></span>`)
	}
}

func (pw *pubWriter) table(b PubBlock) {
	pw.s(`<div class="table">`)
	pw.ids(b)
	pw.s(`<table>`)
	for i, row := range b.Rows {
		switch {
		case i == 0 && b.HeaderRows > 0:
			pw.s(`<thead>`)
		case i == b.HeaderRows:
			pw.s(`<tbody>`)
		}
		pw.s(`<tr>`)
		for _, cell := range row {
			if i < b.HeaderRows {
				pw.s(`<th scope="col">`)
				pw.runs(cell)
				pw.s(`</th>`)
				continue
			}
			pw.s(`<td>`)
			pw.runs(cell)
			pw.s(`</td>`)
		}
		pw.s(`</tr>`)
		if i == b.HeaderRows-1 {
			pw.s(`</thead>`)
		}
	}
	if len(b.Rows) > b.HeaderRows {
		pw.s(`</tbody>`)
	}
	pw.s("</table></div>\n")
}

// list writes the list items from bs[i] on, nested by depth, and returns
// the index after the last.
func (pw *pubWriter) list(bs []PubBlock, i int) int {
	type open struct {
		tag   string
		depth int
	}
	var stack []open
	tag := func(b PubBlock) string {
		if b.Ordered {
			return "ol"
		}
		return "ul"
	}
	for ; i < len(bs) && bs[i].Kind == PubListItem; i++ {
		b := bs[i]
		for len(stack) > 0 && (stack[len(stack)-1].depth > b.Depth || (stack[len(stack)-1].depth == b.Depth && stack[len(stack)-1].tag != tag(b))) {
			pw.s(`</li></`, stack[len(stack)-1].tag, `>`)
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].depth == b.Depth {
			pw.s(`</li>`)
		} else {
			pw.s(`<`, tag(b), `>`)
			stack = append(stack, open{tag(b), b.Depth})
		}
		pw.s(`<li>`)
		pw.ids(b)
		pw.runs(b.Runs)
	}
	for len(stack) > 0 {
		pw.s(`</li></`, stack[len(stack)-1].tag, `>`)
		stack = stack[:len(stack)-1]
	}
	pw.s("\n")
	return i
}

func (pw *pubWriter) runs(rs []PubRun) {
	for _, r := range rs {
		if r.Image != "" {
			pw.s(`<img src="`, esc(string(r.Image)), `" alt="`, esc(r.Alt), `">`)
			continue
		}
		text := esc(r.Text)
		text = strings.ReplaceAll(text, "\n", "<br>")
		if r.Bold {
			text = "<strong>" + text + "</strong>"
		}
		if r.Italic {
			text = "<em>" + text + "</em>"
		}
		if r.Mark != "" {
			text = `<mark class="` + esc(r.Mark) + `">` + text + `</mark>`
		}
		if r.Href != "" {
			text = `<a href="` + esc(r.Href) + `">` + text + `</a>`
		}
		pw.s(text)
	}
}

// publishedCSS keeps text dark on light (contrast well above 4.5:1),
// links underlined, and the page readable at 400% zoom.
const publishedCSS = `body{font-family:Arial,Helvetica,sans-serif;margin:0 auto;max-width:50em;padding:0 1em 2em;color:#1d1d1f;background:#fff;line-height:1.5}` +
	`.skip{position:absolute;left:-999em}.skip:focus{position:static}` +
	`header{border-bottom:2px solid #1f3864;margin-bottom:1em}h1{color:#1f3864}.lead{font-size:1.1em;margin:.2em 0}` +
	`h2,h3{color:#1f3864}a{color:#1a4f8b}nav ul{padding-left:1.2em}` +
	`table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #6b6b6b;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#e8edf5}` +
	`mark{color:#000}mark.progress{background:#c8f0c8}mark.development{background:#fff3a3}img{max-width:100%;height:auto}`
