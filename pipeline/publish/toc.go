package publish

import (
	"strconv"
	"strings"
)

// tocLevels are the heading levels the contents lists, as in the draft:
// the report's parts and the agencies and analyses in them.
const tocLevels = 2

// tocBookmarkPrefix names the bookmarks publish gives headings that have
// none for the contents to link to.
const tocBookmarkPrefix = "_TocPublish"

// heading is one line of the contents.
type heading struct {
	level  int
	text   string
	anchor string
}

// outline lists the headings the contents shows, giving each a bookmark
// to link to (a "_Toc" one it has already, else a new one).
func (v *view) outline() []heading {
	var out []heading
	next := maxBookmarkID(v.body) + 1
	for _, n := range v.blocks() {
		lvl := v.st.headingLevel(n)
		text := strings.Join(strings.Fields(n.plain()), " ")
		if lvl < 1 || lvl > tocLevels || text == "" {
			continue
		}
		h := heading{level: lvl, text: text}
		n.each(func(k *node) {
			if k.name == "w:bookmarkStart" && h.anchor == "" && strings.HasPrefix(k.attr("w:name"), "_Toc") {
				h.anchor = k.attr("w:name")
			}
		})
		if h.anchor == "" {
			h.anchor = tocBookmarkPrefix + strconv.Itoa(len(out)+1)
			id := strconv.Itoa(next)
			next++
			at := 0
			if n.child("w:pPr") != nil {
				at = 1
			}
			mark := []*node{raw(`<w:bookmarkStart w:id="` + id + `" w:name="` + h.anchor + `"/>`)}
			n.kids = append(n.kids[:at], append(mark, n.kids[at:]...)...)
			n.kids = append(n.kids, raw(`<w:bookmarkEnd w:id="`+id+`"/>`))
		}
		out = append(out, h)
	}
	return out
}

func maxBookmarkID(n *node) int {
	top := 0
	n.each(func(k *node) {
		if k.name == "w:bookmarkStart" {
			if id, err := strconv.Atoi(k.attr("w:id")); err == nil {
				top = max(top, id)
			}
		}
	})
	return top
}

// tocField finds the contents: the container holding the paragraph where
// a TOC field begins, and the indexes in it of that paragraph and of the
// one where the field ends; ok is false when there is no contents.
func (v *view) tocField() (box *node, from, to int, ok bool) {
	var found bool
	var walk func(n *node)
	walk = func(n *node) {
		for i, k := range n.kids {
			if found {
				return
			}
			switch k.name {
			case "w:p":
				if !isTOCStart(k) {
					continue
				}
				if end := fieldEnd(n.kids, i); end >= 0 {
					box, from, to, found = n, i, end, true
				}
			case "w:sdt", "w:sdtContent":
				walk(k)
			}
		}
	}
	walk(v.body)
	return box, from, to, found
}

// isTOCStart says whether paragraph p holds a TOC field's instruction.
func isTOCStart(p *node) bool {
	is := false
	p.each(func(k *node) {
		if k.name == "w:instrText" && strings.HasPrefix(strings.TrimSpace(k.plainChars()), "TOC") {
			is = true
		}
		if k.name == "w:fldSimple" && strings.HasPrefix(strings.TrimSpace(k.attr("w:instr")), "TOC") {
			is = true
		}
	})
	return is
}

// fieldEnd is the index of the paragraph at or after kids[i] where the
// field that begins in kids[i] ends (fields nested in it counted), -1.
func fieldEnd(kids []*node, i int) int {
	depth, started := 0, false
	for j := i; j < len(kids); j++ {
		kids[j].each(func(k *node) {
			if k.name != "w:fldChar" {
				return
			}
			switch k.attr("w:fldCharType") {
			case "begin":
				depth++
				started = true
			case "end":
				depth--
			}
		})
		if started && depth <= 0 {
			return j
		}
	}
	return -1
}

// plainChars is the character data directly in n.
func (n *node) plainChars() string {
	var b strings.Builder
	for _, k := range n.kids {
		if k.isText {
			b.WriteString(k.text)
		}
	}
	return b.String()
}

// rebuildContents replaces the contents' lines with one linked line per
// heading of hs, with its page from pages (the same order; none when nil
// or 0), keeping the TOC field so Word can update it again.
func (v *view) rebuildContents(hs []heading, pages []int) {
	box, from, to, ok := v.tocField()
	if !ok {
		return
	}
	instr := ` TOC \o "1-` + strconv.Itoa(tocLevels) + `" \h \z \u `
	begin := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + instr +
		`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	width := strconv.Itoa(v.textWidth())
	var lines []*node
	for i, h := range hs {
		var b strings.Builder
		b.WriteString(`<w:p><w:pPr>`)
		if id := v.st.idOf("toc " + strconv.Itoa(h.level)); id != "" {
			b.WriteString(`<w:pStyle w:val="` + id + `"/>`)
		}
		b.WriteString(`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="` + width + `"/></w:tabs></w:pPr>`)
		if i == 0 {
			b.WriteString(begin)
		}
		b.WriteString(`<w:hyperlink w:anchor="` + h.anchor + `" w:history="1"><w:r><w:t xml:space="preserve">`)
		b.Write(escapeText(h.text))
		b.WriteString(`</w:t></w:r>`)
		if i < len(pages) && pages[i] > 0 {
			b.WriteString(`<w:r><w:tab/></w:r><w:r><w:t>` + strconv.Itoa(pages[i]) + `</w:t></w:r>`)
		}
		b.WriteString(`</w:hyperlink></w:p>`)
		lines = append(lines, raw(b.String()))
	}
	end := raw(`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
	if len(lines) == 0 {
		lines = []*node{raw(`<w:p>` + begin + `</w:p>`)}
	}
	kids := append([]*node(nil), box.kids[:from]...)
	kids = append(append(kids, lines...), end)
	box.kids = append(kids, box.kids[to+1:]...)
}

// textWidth is the width between the margins of the body's last section,
// in twentieths of a point (A4 with 2.54 cm margins when not given).
func (v *view) textWidth() int {
	w := 9026
	sect := v.body.child("w:sectPr")
	if sect == nil {
		return w
	}
	pg, mar := sect.child("w:pgSz"), sect.child("w:pgMar")
	if pg == nil || mar == nil {
		return w
	}
	pw, e1 := strconv.Atoi(pg.attr("w:w"))
	l, e2 := strconv.Atoi(mar.attr("w:left"))
	r, e3 := strconv.Atoi(mar.attr("w:right"))
	if e1 != nil || e2 != nil || e3 != nil || pw-l-r <= 0 {
		return w
	}
	return pw - l - r
}
