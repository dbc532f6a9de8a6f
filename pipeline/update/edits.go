package update

import "bytes"

// place is where inserted XML goes: after (or before) body child ki of
// the edited draft, or at the end of the body when ki is -1.
type place struct {
	ki     int
	before bool
}

var atEnd = place{ki: -1}

// edits collects what update does to the edited draft's body. The body's
// children are never moved: a child is kept, or replaced by its marked-up
// copy, and new XML goes before or after one. Several insertions at one
// place keep the order they were made in.
type edits struct {
	replace map[int][]byte
	after   map[int][][]byte
	before  map[int][][]byte
	end     [][]byte
}

func newEdits() *edits {
	return &edits{replace: map[int][]byte{}, after: map[int][][]byte{}, before: map[int][][]byte{}}
}

func (e *edits) put(at place, xml []byte) {
	switch {
	case at.ki < 0:
		e.end = append(e.end, xml)
	case at.before:
		e.before[at.ki] = append(e.before[at.ki], xml)
	default:
		e.after[at.ki] = append(e.after[at.ki], xml)
	}
}

// document writes the edited draft's document.xml with the edits: every
// byte outside the replaced children is copied as it was.
func (e *edits) document(b *body) []byte {
	x := b.x
	var out bytes.Buffer
	out.Grow(len(x.data) + len(x.data)/4)
	pos := 0
	for ki, k := range b.kids {
		from, to := x.toks[k].from, x.toks[x.toks[k].match].to
		out.Write(x.data[pos:from])
		for _, ins := range e.before[ki] {
			out.Write(ins)
		}
		if r, ok := e.replace[ki]; ok {
			out.Write(r)
		} else {
			out.Write(x.data[from:to])
		}
		for _, ins := range e.after[ki] {
			out.Write(ins)
		}
		pos = to
	}
	end := len(x.data)
	if b.sectPr >= 0 {
		end = x.toks[b.sectPr].from
	} else if bi := x.find("w:body", 0); bi >= 0 {
		end = x.toks[x.toks[bi].match].from
	}
	if end < pos {
		end = pos
	}
	out.Write(x.data[pos:end])
	for _, ins := range e.end {
		out.Write(ins)
	}
	out.Write(x.data[end:])
	return out.Bytes()
}
