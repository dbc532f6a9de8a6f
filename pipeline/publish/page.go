package publish

import (
	"bytes"
	"encoding/base64"
	"mime"
	"path"
	"strconv"
	"strings"

	htmltemplate "html/template"

	"github.com/reportpipe/reportpipe/pipeline/render/html"
)

// Page is the accessible web page of a document Prepare made (or any
// Word document): its blocks as pipeline/render/html's published page
// shows them, the contents page left out (the page has its own).
func Page(published []byte) ([]byte, error) {
	v, err := readDoc(published)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := html.RenderPublished(&buf, v.page()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pageReader turns the document's blocks into the page's.
type pageReader struct {
	v     *view
	links map[string]string // relationship id -> target
	nums  numbering
}

func (v *view) page() html.Published {
	pr := &pageReader{v: v, links: map[string]string{}, nums: readNumbering(v.p.Parts[v.p.related("numbering")])}
	for _, r := range v.p.rels(mainPart) {
		pr.links[r.id] = r.target
	}
	out := html.Published{Lang: Lang}
	box, from, to, hasTOC := v.tocField()
	var tocNodes map[*node]bool
	if hasTOC {
		tocNodes = map[*node]bool{}
		for _, n := range box.kids[from : to+1] {
			tocNodes[n] = true
		}
	}
	for _, n := range v.blocks() {
		style := v.st.styleName(n)
		text := strings.TrimSpace(n.plain())
		switch {
		case tocNodes[n], style == "toc heading", strings.HasPrefix(style, "toc "), strings.HasPrefix(style, "contents"):
			continue
		case style == "title" && out.Title == "":
			out.Title = text
			continue
		case out.Title == "" || (len(out.Blocks) == 0 && (style == "subtitle")):
			if text != "" {
				out.Lead = append(out.Lead, text)
			}
			continue
		}
		if b, ok := pr.block(n); ok {
			out.Blocks = append(out.Blocks, b)
		}
	}
	if t := v.title(); t != "" {
		out.Title = t
	}
	return out
}

// block reads one paragraph or table; not ok for an empty paragraph.
func (pr *pageReader) block(n *node) (html.PubBlock, bool) {
	b := html.PubBlock{IDs: bookmarkNames(n)}
	if n.name == "w:tbl" {
		b.Kind = html.PubTable
		for _, tr := range n.kids {
			if tr.name != "w:tr" {
				continue
			}
			var row [][]html.PubRun
			for _, tc := range tr.kids {
				if tc.name == "w:tc" {
					row = append(row, pr.cell(tc))
				}
			}
			if isHeaderRow(tr) && len(b.Rows) == b.HeaderRows {
				b.HeaderRows++
			}
			b.Rows = append(b.Rows, row)
		}
		return b, len(b.Rows) > 0
	}
	b.Runs = pr.runs(n)
	if len(b.Runs) == 0 {
		return b, false
	}
	if lvl := pr.v.st.headingLevel(n); lvl > 0 {
		b.Kind, b.Level = html.PubHeading, lvl
		return b, strings.TrimSpace(n.plain()) != ""
	}
	if id, lvl, ok := numPr(n); ok && id != "0" {
		b.Kind, b.Depth, b.Ordered = html.PubListItem, lvl, pr.nums.ordered(id, lvl)
	}
	return b, true
}

func isHeaderRow(tr *node) bool {
	pr := tr.child("w:trPr")
	return pr != nil && pr.child("w:tblHeader") != nil && on(pr.child("w:tblHeader"))
}

// cell reads a table cell's paragraphs as runs, one line each.
func (pr *pageReader) cell(tc *node) []html.PubRun {
	var out []html.PubRun
	for _, k := range tc.kids {
		if k.name != "w:p" {
			continue
		}
		if len(out) > 0 {
			out = append(out, html.PubRun{Text: "\n"})
		}
		out = append(out, pr.runs(k)...)
	}
	return out
}

// runs reads the runs of paragraph p, with their links.
func (pr *pageReader) runs(p *node) []html.PubRun {
	var out []html.PubRun
	var walk func(n *node, href string)
	walk = func(n *node, href string) {
		for _, k := range n.kids {
			switch k.name {
			case "w:r":
				out = append(out, pr.run(k, href)...)
			case "w:hyperlink":
				walk(k, pr.href(k))
			case "w:ins", "w:smartTag", "w:customXml", "w:sdt", "w:sdtContent", "w:fldSimple":
				walk(k, href)
			}
		}
	}
	walk(p, "")
	return out
}

// href is a hyperlink's target: a bookmark in the page, or a web or mail
// address (anything else is not linked).
func (pr *pageReader) href(h *node) string {
	if a := h.attr("w:anchor"); a != "" {
		return "#" + a
	}
	t := pr.links[h.attr("r:id")]
	for _, scheme := range []string{"https://", "http://", "mailto:"} {
		if strings.HasPrefix(strings.ToLower(t), scheme) {
			return t
		}
	}
	return ""
}

// run reads one w:r: its text with bold, italic and highlight, or its
// pictures.
func (pr *pageReader) run(r *node, href string) []html.PubRun {
	base := html.PubRun{Href: href}
	if rPr := r.child("w:rPr"); rPr != nil {
		base.Bold = on(rPr.child("w:b"))
		base.Italic = on(rPr.child("w:i"))
		if h := rPr.child("w:highlight"); h != nil {
			base.Mark = markOf(h.attr("w:val"))
		}
	}
	var out []html.PubRun
	for _, k := range r.kids {
		switch k.name {
		case "w:drawing", "w:pict":
			out = append(out, pr.pictures(k)...)
		case "w:t", "w:tab", "w:br", "w:cr":
			t := base
			t.Text = k.plain()
			if k.name == "w:tab" {
				t.Text = " "
			}
			if t.Text != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// markOf names what a highlight colour means in the report's key.
func markOf(colour string) string {
	switch colour {
	case "green", "brightGreen":
		return "progress"
	case "yellow":
		return "development"
	case "", "none":
		return ""
	}
	return "highlight"
}

// pictures reads the pictures in a drawing as data: URIs with their alt text.
func (pr *pageReader) pictures(d *node) []html.PubRun {
	var out []html.PubRun
	alt := ""
	d.each(func(k *node) {
		switch k.name {
		case "wp:docPr":
			alt = k.attr("descr")
			if alt == "" {
				alt = k.attr("title")
			}
		case "a:blip", "v:imagedata":
			id := k.attr("r:embed")
			if id == "" {
				id = k.attr("r:id")
			}
			if src := pr.dataURI(pr.links[id]); src != "" {
				if alt == "" {
					alt = k.attr("o:title")
				}
				out = append(out, html.PubRun{Image: htmltemplate.URL(src), Alt: alt})
			}
		}
	})
	return out
}

// dataURI is a picture part as a data: URI (png, jpeg, gif only).
func (pr *pageReader) dataURI(name string) string {
	data, ok := pr.v.p.Parts[name]
	if !ok {
		return ""
	}
	typ := mime.TypeByExtension(strings.ToLower(path.Ext(name)))
	switch typ {
	case "image/png", "image/jpeg", "image/gif":
	default:
		return ""
	}
	return "data:" + typ + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// on reads a toggle property (w:b, w:i): present and not turned off.
func on(n *node) bool {
	if n == nil {
		return false
	}
	v := n.attr("w:val")
	return v == "" || v == "1" || v == "true" || v == "on"
}

// bookmarkNames are the bookmarks that start in n, link targets.
func bookmarkNames(n *node) []string {
	var out []string
	n.each(func(k *node) {
		if k.name == "w:bookmarkStart" {
			if name := k.attr("w:name"); name != "" && name != "_GoBack" {
				out = append(out, name)
			}
		}
	})
	return out
}

// numPr is a paragraph's list numbering: its w:numId and level.
func numPr(p *node) (id string, level int, ok bool) {
	pPr := p.child("w:pPr")
	if pPr == nil || pPr.child("w:numPr") == nil {
		return "", 0, false
	}
	np := pPr.child("w:numPr")
	if n := np.child("w:numId"); n != nil {
		id = n.attr("w:val")
	}
	if l := np.child("w:ilvl"); l != nil {
		level, _ = strconv.Atoi(l.attr("w:val"))
	}
	return id, min(max(level, 0), 8), id != ""
}
