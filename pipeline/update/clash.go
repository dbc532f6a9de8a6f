package update

import (
	"bytes"

	"github.com/reportpipe/reportpipe/pipeline/render/docx/provenance"
)

// clashInsert is the agency's new paragraph n for a clash: a paragraph
// whose mark is a tracked insertion and whose words are the agency's old
// text (was, as the draft recorded it) edited word by word into its new
// one, so the reviewer reads exactly what the agency changed (a changed
// figure is one w:del and one w:ins) and Accept All gives the agency's new
// paragraph. Text both inserted and deleted (a w:del inside a w:ins) would
// also undo cleanly on Reject All, but LibreOffice flattens it into one
// insertion of both figures; so the comment asks for the paragraph not
// kept to be deleted, not rejected. Without was, or for a paragraph not
// in one plain run (a table, a field), it is the paragraph inserted whole
// (shown false).
func (u *updater) clashInsert(n provenance.Entry, was string) (out []byte, shown bool) {
	k := u.freshKid(n)
	if was == "" || u.fr.b.x.toks[k].name != "w:p" {
		return u.inserted(n), false
	}
	x, err := scan(u.c.clean(u.fr.b.x, k))
	if err != nil || len(x.toks) == 0 {
		return u.inserted(n), false
	}
	segs, ok := x.textSegments(0)
	if !ok || len(segs) != 1 {
		return u.inserted(n), false
	}
	var b bytes.Buffer
	m := marker{x: x, b: &b, r: u.r}
	t := x.toks[0]
	b.Write(x.data[t.from:t.to])
	kids := x.children(0)
	if len(kids) == 0 || x.toks[kids[0]].name != "w:pPr" {
		b.WriteString(`<w:pPr><w:rPr>` + u.r.mark(false) + `</w:rPr></w:pPr>`)
	}
	for _, c := range kids {
		switch {
		case x.toks[c].name == "w:pPr":
			m.props(c)
		case c == segs[0].kid:
			clashPieces(&b, segs[0].rPr, diffWords(was, x.text(0)), u.r)
		default:
			b.Write(x.span(c))
		}
		m.gap(c, kids)
	}
	end := x.toks[t.match]
	b.Write(x.data[end.from:end.to])
	return b.Bytes(), true
}

// clashPieces writes ops as runs with the properties rPr: equal text as
// it is, the rest as tracked deletions and insertions.
func clashPieces(b *bytes.Buffer, rPr []byte, ops []op, r *revisions) {
	for _, o := range ops {
		if o.kind == opEqual {
			textRuns(b, rPr, o.text, false)
			continue
		}
		del := o.kind == opDelete
		b.WriteString(r.open(del))
		textRuns(b, rPr, o.text, del)
		b.WriteString(closeTag(del))
	}
}
