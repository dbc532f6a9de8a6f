package docx

import (
	"encoding/xml"
	"fmt"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// walker reads the body of document.xml into blocks. It keeps the state that
// crosses paragraphs: the complex fields still open.
type walker struct {
	r      *reader
	styles *styleSheet
	num    *numbering
	// fields holds one entry per open complex field: true while its
	// instruction part is being read, false once it shows its result.
	fields []bool
	// boxes counts text boxes read; pictures and altChunks count content
	// the extractor cannot read, to warn the reviewer about it.
	boxes, pictures, altChunks int
	// carry is a paragraph whose mark was deleted, waiting to be joined to
	// the next paragraph of the same container.
	carry *para
	// top is the body's own block list and maxBlocks its bound: past it the
	// walk stops at once, since the document will be refused as far longer
	// than a statement and reading on would only cost time and memory.
	top       *[]model.Block
	maxBlocks int
	// diagram returns the data part of a SmartArt drawing by its
	// relationship id, ok false when the package does not hold it.
	diagram func(id string) ([]byte, bool)
	// rich reads what spans need: pictures, link addresses, footnotes.
	rich richSource
	// link is the address of the hyperlink being read ("" outside one);
	// drawn the picture being read; lists the lists met (numId → seen).
	link  string
	drawn drawn
	lists map[string]bool
}

// body finds w:body and returns its blocks in reading order.
func (w *walker) body() ([]model.Block, error) {
	for {
		tok, err := w.r.next()
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "body" {
			continue
		}
		return w.blocks()
	}
}

// blocks reads the block-level children of the current element (a table
// cell or a text box).
func (w *walker) blocks() ([]model.Block, error) {
	var out []model.Block
	if w.top == nil {
		w.top = &out // the first container walked is the body
	}
	err := w.container(func() error {
		return w.r.each(func(c xml.StartElement) error { return w.block(c, &out) })
	}, &out)
	return out, err
}

// container runs fn with its own carried paragraph: a deleted paragraph mark
// joins paragraphs within one body, cell or text box, never across them. A
// paragraph still carried at the container's end stands on its own.
func (w *walker) container(fn func() error, out *[]model.Block) error {
	saved := w.carry
	w.carry = nil
	err := fn()
	w.flushCarry(out)
	w.carry = saved
	return err
}

// flushCarry emits a carried paragraph as it is (before a table, or at the
// end of its container).
func (w *walker) flushCarry(out *[]model.Block) {
	if c := w.carry; c != nil {
		w.carry = nil
		w.emit(c, out)
	}
}

// block handles one block-level element. Containers that only wrap content
// (content controls, custom XML, tracked insertions) are walked through;
// tracked deletions and section properties are skipped.
func (w *walker) block(se xml.StartElement, out *[]model.Block) error {
	if w.maxBlocks > 0 && w.top != nil && len(*w.top) > w.maxBlocks {
		return extract.RejectTooManyBlocks(w.maxBlocks)
	}
	switch se.Name.Local {
	case "p":
		return w.paragraph(out)
	case "tbl":
		w.flushCarry(out)
		t, err := w.table()
		if t != nil {
			*out = append(*out, t)
		}
		return err
	case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
		return w.r.each(func(c xml.StartElement) error { return w.block(c, out) })
	case "AlternateContent":
		return w.alternate(func(c xml.StartElement) error { return w.block(c, out) })
	case "altChunk":
		w.altChunks++
	}
	return w.r.skip()
}

// alternate reads an mc:AlternateContent through its first mc:Choice and
// skips mc:Fallback, which repeats the same content (a text box in VML) for
// older readers. A Fallback is read only when no Choice came before it.
func (w *walker) alternate(fn func(xml.StartElement) error) error {
	took := false
	return w.r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "Choice", "Fallback":
			if took {
				return w.r.skip()
			}
			took = true
			return w.r.each(fn)
		}
		return w.r.skip()
	})
}

// inInstruction reports whether text now belongs to a field's instruction
// (hidden) rather than its shown result.
func (w *walker) inInstruction() bool {
	for _, instr := range w.fields {
		if instr {
			return true
		}
	}
	return false
}

// fieldChar follows a w:fldChar: begin opens a field in its instruction
// part, separate switches to the shown result, end closes it.
func (w *walker) fieldChar(se xml.StartElement) {
	typ, _ := attr(se, "fldCharType")
	switch typ {
	case "begin":
		w.fields = append(w.fields, true)
	case "separate":
		if n := len(w.fields); n > 0 {
			w.fields[n-1] = false
		}
	case "end":
		if n := len(w.fields); n > 0 {
			w.fields = w.fields[:n-1]
		}
	}
}

// endParagraph stops hiding text at a paragraph's end: an instruction never
// spans paragraphs in a sound file, and a damaged field that never ends must
// not hide the rest of the statement.
func (w *walker) endParagraph() {
	for i := range w.fields {
		w.fields[i] = false
	}
}

// warnings tells the reviewer what the body held that was not read.
func (w *walker) warnings() []string {
	var out []string
	if w.pictures > 0 {
		out = append(out, fmt.Sprintf("%d picture(s) or embedded object(s) were not read; if one holds text or figures (a chart, a pasted table), check it in the original", w.pictures))
	}
	if w.altChunks > 0 {
		out = append(out, fmt.Sprintf("%d part(s) of the statement are embedded as separate files (altChunk) and were not read; ask the agency to paste them in as ordinary text", w.altChunks))
	}
	return out
}
