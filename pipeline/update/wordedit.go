package update

import "bytes"

// segment is a run of plain text in a paragraph, with the old text's
// offsets it covers.
type segment struct {
	kid      int    // the w:r's token index
	rPr      []byte // its run properties, copied onto the pieces cut from it
	from, to int
}

// textSegments lists paragraph p's plain text runs. ok is false when the
// paragraph holds text anywhere else (a hyperlink, a field, a content
// control), where a word-level edit could not be placed safely.
func (x *xdoc) textSegments(p int) (segs []segment, ok bool) {
	off := 0
	for _, k := range x.children(p) {
		if x.toks[k].name != "w:r" || !x.hasText(k) {
			continue
		}
		s := segment{kid: k, from: off}
		for _, c := range x.children(k) {
			switch x.toks[c].name {
			case "w:rPr":
				s.rPr = x.span(c)
			case "w:t", "w:tab", "w:br", "w:cr", "w:lastRenderedPageBreak", "w:noProof":
			default:
				return nil, false
			}
		}
		off += len(x.text(k))
		s.to = off
		segs = append(segs, s)
	}
	return segs, off == len(x.text(p))
}

// wordEdit rewrites untouched paragraph p so that it reads new once its
// changes are accepted and old once they are rejected: equal words stay in
// the run they were in, changed words become w:del and w:ins pieces with
// the properties of the run they fall in. Everything else in the paragraph
// (properties, bookmarks, comment anchors) is copied where it stood.
// With whole, the old text is deleted and the new inserted as one piece
// each, for paragraphs too different for a word-level change to read well.
// ok is false when the paragraph's text is not all in plain runs.
func (x *xdoc) wordEdit(p int, new string, whole bool, r *revisions) (out []byte, ok bool) {
	segs, ok := x.textSegments(p)
	old := x.text(p)
	if !ok || len(segs) == 0 {
		return nil, false
	}
	ops := diffWords(old, new)
	if whole {
		ops = compact([]op{{opDelete, old}, {opInsert, new}})
	}
	var b bytes.Buffer
	t := x.toks[p]
	b.Write(x.data[t.from:t.to])
	si := 0
	for _, k := range x.children(p) {
		if si < len(segs) && segs[si].kid == k {
			writePieces(&b, segs[si], ops, si == 0, r)
			si++
			continue
		}
		b.Write(x.span(k))
	}
	end := x.toks[t.match]
	b.Write(x.data[end.from:end.to])
	return b.Bytes(), true
}

// writePieces writes the part of ops that falls in segment s: equal and
// deleted text clipped to it, and the insertions at its end (or, for the
// first segment, at its start too).
func writePieces(b *bytes.Buffer, s segment, ops []op, first bool, r *revisions) {
	at := 0 // offset in the old text
	for _, o := range ops {
		if o.kind == opInsert {
			if (at > s.from && at <= s.to) || (first && at == 0 && s.from == 0) {
				b.WriteString(r.open(false))
				textRuns(b, s.rPr, o.text, false)
				b.WriteString(closeTag(false))
			}
			continue
		}
		lo, hi := max(at, s.from), min(at+len(o.text), s.to)
		if lo < hi {
			piece := o.text[lo-at : hi-at]
			if o.kind == opDelete {
				b.WriteString(r.open(true))
				textRuns(b, s.rPr, piece, true)
				b.WriteString(closeTag(true))
			} else {
				textRuns(b, s.rPr, piece, false)
			}
		}
		at += len(o.text)
	}
}
