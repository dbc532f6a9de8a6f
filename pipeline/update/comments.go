package update

import (
	"bytes"
	"encoding/xml"
)

const commentsCT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

// notes are the comments update adds, written into comments.xml after the
// reviewers' own: its own, and those of the fresh draft on the paragraphs
// it inserts.
type notes struct {
	b bytes.Buffer
	r *revisions
	// fresh is the fresh draft's comments.xml; copied maps its ids to ours.
	fresh  *xdoc
	copied map[string]string
}

// copyFresh copies fresh comment id and returns its new id, "" when the
// fresh draft has no such comment.
func (n *notes) copyFresh(id string) string {
	if got, ok := n.copied[id]; ok {
		return got
	}
	if n.fresh == nil {
		return ""
	}
	for i, t := range n.fresh.toks {
		if t.start && t.name == "w:comment" && n.fresh.attr(i, "w:id") == id {
			newID := n.r.id()
			span := n.fresh.span(i)
			head := n.fresh.toks[i].to - n.fresh.toks[i].from
			n.b.Write(idAttr.Get().ReplaceAll(span[:head], []byte(`w:id="`+newID+`"`)))
			n.b.Write(span[head:])
			if n.copied == nil {
				n.copied = map[string]string{}
			}
			n.copied[id] = newID
			return newID
		}
	}
	return ""
}

// add registers a comment and returns its id.
func (n *notes) add(text string) string {
	id := n.r.id()
	n.b.WriteString(`<w:comment w:id="` + id + `" w:author="` + Author + `" w:date="` + n.r.date + `" w:initials="RP"><w:p>`)
	textRuns(&n.b, nil, text, false)
	n.b.WriteString(`</w:p></w:comment>`)
	return id
}

// anchored returns paragraph XML with comment id anchored over its
// content: the range starts after the paragraph's properties and ends,
// with the reference, before its end tag.
func anchored(para []byte, id string) []byte {
	start := []byte(`<w:commentRangeStart w:id="` + id + `"/>`)
	end := []byte(`<w:commentRangeEnd w:id="` + id + `"/><w:r><w:commentReference w:id="` + id + `"/></w:r>`)
	at := bytes.Index(para, []byte("</w:pPr>"))
	if at >= 0 {
		at += len("</w:pPr>")
	} else if at = bytes.IndexByte(para, '>'); at >= 0 {
		at++
		if bytes.HasSuffix(para[:at], []byte("/>")) {
			return para // <w:p/>: nothing to anchor on
		}
	}
	close := bytes.LastIndex(para, []byte("</w:p>"))
	if at < 0 || close < at {
		return para
	}
	out := make([]byte, 0, len(para)+len(start)+len(end))
	out = append(out, para[:at]...)
	out = append(out, start...)
	out = append(out, para[at:close]...)
	out = append(out, end...)
	return append(out, para[close:]...)
}

// write adds the comments to the package, making comments.xml if the
// document has none (LibreOffice drops an empty one).
func (n *notes) write(p *pkg) {
	if n.b.Len() == 0 {
		return
	}
	name := p.relatedPart("comments")
	if name == "" || p.Parts[name] == nil {
		var doc bytes.Buffer
		doc.WriteString(xml.Header + `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
		doc.Write(n.b.Bytes())
		doc.WriteString(`</w:comments>`)
		p.addRelated("word/comments.xml", "comments", commentsCT, doc.Bytes())
		return
	}
	old := p.Parts[name]
	at := bytes.LastIndex(old, []byte("</w:comments>"))
	if at < 0 { // an empty <w:comments .../>
		trimmed := bytes.TrimRight(old, " \r\n\t")
		if !bytes.HasSuffix(trimmed, []byte("/>")) {
			return
		}
		old = append(append([]byte{}, trimmed[:len(trimmed)-2]...), "></w:comments>"...)
		at = bytes.LastIndex(old, []byte("</w:comments>"))
	}
	out := append(append(append([]byte{}, old[:at]...), n.b.Bytes()...), old[at:]...)
	p.Set(name, out)
}
