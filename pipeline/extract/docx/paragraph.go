package docx

import (
	"encoding/xml"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// para gathers one paragraph while its runs are read.
type para struct {
	props pProps
	text  strings.Builder
	// runs counts runs with visible non-space text, bold those of them in
	// bold, to tell a bold-only line.
	runs, bold int
	// boxes are the blocks of text boxes anchored in the paragraph; they
	// follow it in reading order.
	boxes []model.Block
	// spans are the text with its formatting, links, footnote marks and
	// pictures (see rich.go).
	spans []model.Span
}

// paragraph reads a w:p whose start was just read and appends its block (if
// it has text) and then any text box content.
func (w *walker) paragraph(out *[]model.Block) error {
	p := &para{props: pProps{outline: -1}}
	err := w.r.each(func(se xml.StartElement) error {
		if se.Name.Local == "pPr" {
			var err error
			p.props, err = parsePPr(w.r)
			return err
		}
		return w.inline(se, p)
	})
	w.endParagraph()
	if err != nil {
		return err
	}
	if c := w.carry; c != nil {
		w.carry = nil
		p.join(c)
	}
	if p.props.markDeleted || p.props.dropCap {
		w.carry = p // joined to the next paragraph, or alone at the container's end
		return nil
	}
	w.emit(p, out)
	return nil
}

// join puts an earlier paragraph, whose mark was deleted, in front of p. The
// joined paragraph keeps p's properties: its mark is the one that remains.
func (p *para) join(prev *para) {
	joined := prev.text.String() + p.text.String()
	p.text.Reset()
	p.text.WriteString(joined)
	p.runs += prev.runs
	p.bold += prev.bold
	p.spans = append(prev.spans, p.spans...)
	p.boxes = append(prev.boxes, p.boxes...)
}

// emit appends a paragraph's block, if it has text, then its text boxes.
func (w *walker) emit(p *para, out *[]model.Block) {
	if b := w.classify(p); b != nil {
		*out = append(*out, b)
	}
	*out = append(*out, p.boxes...)
}

// inline handles one child of a paragraph. Hyperlinks, simple fields,
// content controls and tracked insertions show their runs; tracked
// deletions and moved-away text do not.
func (w *walker) inline(se xml.StartElement, p *para) error {
	switch se.Name.Local {
	case "r":
		return w.run(p)
	case "hyperlink":
		return w.hyperlink(se, p)
	case "fldSimple", "ins", "moveTo", "smartTag", "customXml",
		"sdt", "sdtContent", "bdo", "dir":
		return w.r.each(func(c xml.StartElement) error { return w.inline(c, p) })
	case "AlternateContent":
		return w.alternate(func(c xml.StartElement) error { return w.inline(c, p) })
	case "oMath", "oMathPara":
		return w.math(p)
	}
	return w.r.skip()
}

// math reads an equation's text (its m:t elements) into the paragraph, so
// figures written as equations are not lost. It counts as a plain run.
func (w *walker) math(p *para) error {
	return w.r.each(func(se xml.StartElement) error {
		if se.Name.Local != "t" {
			return w.math(p)
		}
		t, err := w.r.text()
		p.text.WriteString(t)
		if strings.TrimSpace(t) != "" {
			p.runs++
		}
		return err
	})
}

// run reads a w:r: its text, tabs and breaks, field characters, and any
// text boxes drawn in it.
func (w *walker) run(p *para) error {
	var rp rProps
	var sb strings.Builder
	err := w.r.each(func(se xml.StartElement) error {
		if se.Name.Local == "rPr" {
			var err error
			rp, err = parseRPr(w.r)
			return err
		}
		return w.runChild(se, p, &sb)
	})
	if err != nil {
		return err
	}
	t := sb.String()
	p.text.WriteString(t)
	bold := w.runBold(rp, p.props)
	if strings.TrimSpace(t) != "" {
		p.runs++
		if bold {
			p.bold++
		}
	}
	w.addText(p, t, bold, w.runItalic(rp))
	return nil
}

func (w *walker) runChild(se xml.StartElement, p *para, sb *strings.Builder) error {
	shown := !w.inInstruction()
	switch se.Name.Local {
	case "t":
		t, err := w.r.text()
		if shown {
			sb.WriteString(t)
		}
		return err
	case "tab", "ptab":
		if shown {
			sb.WriteByte('\t')
		}
	case "br", "cr":
		if shown {
			sb.WriteByte('\n')
		}
	case "noBreakHyphen":
		if shown {
			sb.WriteByte('-')
		}
	case "fldChar":
		w.fieldChar(se)
	case "AlternateContent":
		return w.alternate(func(c xml.StartElement) error { return w.runChild(c, p, sb) })
	case "drawing":
		before := w.boxes
		w.drawn = drawn{}
		err := w.textBoxes(p)
		if w.boxes == before && !w.keepPicture(p) {
			w.pictures++
		}
		return err
	case "pict", "object":
		before := w.boxes
		err := w.textBoxes(p)
		if w.boxes == before {
			w.pictures++
		}
		return err
	case "footnoteReference":
		w.footnote(se, p, sb)
	}
	// delText, instrText, softHyphen, sym and the rest show nothing.
	return w.r.skip()
}

// textBoxes searches a drawing for w:txbxContent and reads each text box's
// blocks into p.boxes, and SmartArt's text the same way; the drawing itself
// shows no text.
func (w *walker) textBoxes(p *para) error {
	return w.r.each(func(se xml.StartElement) error { return w.textBoxesIn(se, p) })
}

// textBoxesIn is textBoxes for one element whose start was just read.
func (w *walker) textBoxesIn(se xml.StartElement, p *para) error {
	switch se.Name.Local {
	case "txbxContent":
		w.boxes++
		bs, err := w.blocks()
		p.boxes = append(p.boxes, bs...)
		return err
	case "docPr", "extent", "blip":
		w.drawn.note(se)
		return w.textBoxes(p)
	case "relIds":
		if id, ok := attr(se, "dm"); ok {
			if bs := w.smartArt(id); len(bs) > 0 {
				w.boxes++
				p.boxes = append(p.boxes, bs...)
			}
		}
		return w.r.skip()
	case "AlternateContent":
		return w.alternate(func(c xml.StartElement) error { return w.textBoxesIn(c, p) })
	}
	return w.textBoxes(p)
}

// runBold resolves bold as Word does: the run's own w:b, else its character
// style, else the paragraph style.
func (w *walker) runBold(rp rProps, pp pProps) bool {
	if rp.bold != unset {
		return rp.bold == on
	}
	if b := w.styles.bold(rp.style); b != unset {
		return b == on
	}
	return w.styles.bold(w.paraStyle(pp)) == on
}

// paraStyle is the paragraph's style id, or the default paragraph style.
func (w *walker) paraStyle(pp pProps) string {
	if pp.style != "" {
		return pp.style
	}
	return w.styles.defaultPara
}
