package update

import "bytes"

// marked copies element i (a paragraph or a table) with all of it marked
// as inserted, or deleted, by reportpipe: each paragraph mark and table row
// carries a w:ins or w:del, each run of text is wrapped in one, and deleted
// text becomes w:delText. Runs already inside someone's tracked change are
// left as they are.
func (x *xdoc) marked(i int, r *revisions, del bool) []byte {
	var b bytes.Buffer
	m := marker{x: x, b: &b, r: r, del: del}
	m.copyRange(i, x.toks[i].match)
	return b.Bytes()
}

type marker struct {
	x   *xdoc
	b   *bytes.Buffer
	r   *revisions
	del bool
}

func (m *marker) copyRange(from, to int) {
	x := m.x
	for j := from; j <= to; j++ {
		t := x.toks[j]
		switch {
		case t.start && t.name == "w:p":
			m.paragraph(j)
			j = t.match
		case t.start && t.name == "w:tr" && !t.end:
			m.b.Write(x.data[t.from:t.to])
			m.rowMark(j)
		case t.start && t.name == "w:trPr" && x.toks[t.parent].name == "w:tr":
			m.rowProps(j)
			j = t.match
		case t.start && (t.name == "w:ins" || t.name == "w:del"):
			m.b.Write(x.span(j)) // someone else's change: as it is
			j = t.match
		default:
			m.b.Write(x.data[t.from:t.to])
		}
	}
}

// paragraph copies paragraph p with its mark and runs marked.
func (m *marker) paragraph(p int) {
	x := m.x
	t := x.toks[p]
	if t.end { // <w:p/>
		m.b.WriteString(`<w:p><w:pPr><w:rPr>` + m.r.mark(m.del) + `</w:rPr></w:pPr></w:p>`)
		return
	}
	m.b.Write(x.data[t.from:t.to])
	kids := x.children(p)
	if len(kids) == 0 || x.toks[kids[0]].name != "w:pPr" {
		m.b.WriteString(`<w:pPr><w:rPr>` + m.r.mark(m.del) + `</w:rPr></w:pPr>`)
	}
	for _, k := range kids {
		switch x.toks[k].name {
		case "w:pPr":
			m.props(k)
		case "w:r":
			m.run(k)
		case "w:hyperlink", "w:smartTag":
			m.b.Write(x.data[x.toks[k].from:x.toks[k].to])
			for _, rk := range x.children(k) {
				m.run(rk)
			}
			m.b.Write(x.data[x.toks[x.toks[k].match].from:x.toks[x.toks[k].match].to])
		default:
			m.b.Write(x.span(k))
		}
		m.gap(k, kids)
	}
	end := x.toks[t.match]
	m.b.Write(x.data[end.from:end.to])
}

// gap copies what lies between child k and the next (whitespace, comments).
func (m *marker) gap(k int, kids []int) {
	x := m.x
	from := x.toks[x.toks[k].match].to
	to := x.toks[x.toks[k].parent].match
	for i, c := range kids {
		if c == k && i+1 < len(kids) {
			to = kids[i+1]
		}
	}
	m.b.Write(x.data[from:x.toks[to].from])
}

// props copies a w:pPr with the paragraph mark's change added to its
// w:rPr (where CT_ParaRPr wants it, first), making one if there is none.
func (m *marker) props(k int) {
	x := m.x
	t := x.toks[k]
	if t.end {
		m.b.WriteString(`<w:pPr><w:rPr>` + m.r.mark(m.del) + `</w:rPr></w:pPr>`)
		return
	}
	m.b.Write(x.data[t.from:t.to])
	done := false
	for _, c := range x.children(k) {
		ct := x.toks[c]
		if !done && (ct.name == "w:sectPr" || ct.name == "w:pPrChange") {
			m.b.WriteString(`<w:rPr>` + m.r.mark(m.del) + `</w:rPr>`)
			done = true
		}
		if ct.name == "w:rPr" && !done {
			done = true
			if ct.end {
				m.b.WriteString(`<w:rPr>` + m.r.mark(m.del) + `</w:rPr>`)
				continue
			}
			m.b.Write(x.data[ct.from:ct.to])
			m.b.WriteString(m.r.mark(m.del))
			m.b.Write(x.data[ct.to:x.toks[ct.match].to])
			continue
		}
		m.b.Write(x.span(c))
	}
	if !done {
		m.b.WriteString(`<w:rPr>` + m.r.mark(m.del) + `</w:rPr>`)
	}
	end := x.toks[t.match]
	m.b.Write(x.data[end.from:end.to])
}

// run wraps a run that holds text in a w:ins or w:del; a run of a comment
// reference or a field is copied as it is, so the comment stays anchored.
func (m *marker) run(k int) {
	x := m.x
	if x.toks[k].name != "w:r" || !x.hasText(k) {
		m.b.Write(x.span(k))
		return
	}
	m.b.WriteString(m.r.open(m.del))
	if !m.del {
		m.b.Write(x.span(k))
	} else {
		for j := k; j <= x.toks[k].match; j++ {
			t := x.toks[j]
			tag := x.data[t.from:t.to]
			if (t.start || t.end) && t.name == "w:t" {
				tag = bytes.Replace(tag, []byte("w:t"), []byte("w:delText"), 1)
			}
			m.b.Write(tag)
		}
	}
	m.b.WriteString(closeTag(m.del))
}

// rowMark marks table row tr as inserted or deleted, in its w:trPr.
func (m *marker) rowMark(tr int) {
	x := m.x
	kids := x.children(tr)
	for _, k := range kids {
		if x.toks[k].name == "w:trPr" {
			return // marked when the copy reaches it (rowProps)
		}
	}
	m.b.WriteString(`<w:trPr>` + m.r.mark(m.del) + `</w:trPr>`)
}

// hasText reports whether run k holds text, a tab or a break.
func (x *xdoc) hasText(k int) bool {
	for _, c := range x.children(k) {
		switch x.toks[c].name {
		case "w:t", "w:tab", "w:br", "w:cr", "w:delText":
			return true
		}
	}
	return false
}

// rowProps copies a row's w:trPr with the row's change last, where
// CT_TrPr wants it.
func (m *marker) rowProps(k int) {
	x := m.x
	t := x.toks[k]
	if t.end {
		m.b.WriteString(`<w:trPr>` + m.r.mark(m.del) + `</w:trPr>`)
		return
	}
	end := x.toks[t.match]
	m.b.Write(x.data[t.from:end.from])
	m.b.WriteString(m.r.mark(m.del))
	m.b.Write(x.data[end.from:end.to])
}
