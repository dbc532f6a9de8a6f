package docx

import (
	"encoding/xml"
	"strconv"
)

// tri is a property that may be unset, so style inheritance can tell "not
// said here" from "said to be off".
type tri int8

const (
	unset tri = iota
	off
	on
)

func triOf(b bool) tri {
	if b {
		return on
	}
	return off
}

// pProps are the paragraph properties the extractor needs, from a
// paragraph's or a style's w:pPr.
type pProps struct {
	style    string
	outline  int // -1 unset; 0..8 a heading level less one; 9 body text
	numID    string
	hasNumID bool
	ilvl     int
	hasIlvl  bool
	// markDeleted: the paragraph mark is a tracked deletion (or moved
	// away), so accepting the change joins this paragraph to the next.
	markDeleted bool
	// dropCap: the paragraph is a frame holding a drop cap (the large first
	// letter of the next paragraph), so it is joined to that paragraph.
	dropCap bool
}

// rProps are the run properties the extractor needs, from a run's or a
// style's w:rPr.
type rProps struct {
	style  string
	bold   tri
	italic tri
}

// parsePPr reads a w:pPr element whose start was just read.
func parsePPr(r *reader) (pProps, error) {
	p := pProps{outline: -1}
	err := r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "pStyle":
			p.style, _ = attr(se, "val")
		case "outlineLvl":
			if v, ok := intAttr(se); ok && v >= 0 && v <= 9 {
				p.outline = v
			}
		case "numPr":
			return parseNumPr(r, &p)
		case "framePr":
			v, _ := attr(se, "dropCap")
			p.dropCap = v == "drop" || v == "margin"
		case "rPr":
			return r.each(func(c xml.StartElement) error {
				if c.Name.Local == "del" || c.Name.Local == "moveFrom" {
					p.markDeleted = true
				}
				return r.skip()
			})
		}
		return r.skip()
	})
	return p, err
}

func parseNumPr(r *reader, p *pProps) error {
	return r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "numId":
			p.numID, p.hasNumID = attr(se, "val")
		case "ilvl":
			if v, ok := intAttr(se); ok {
				p.ilvl, p.hasIlvl = clampLevel(v), true
			}
		}
		return r.skip()
	})
}

// parseRPr reads a w:rPr element whose start was just read.
func parseRPr(r *reader) (rProps, error) {
	var p rProps
	err := r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "rStyle":
			p.style, _ = attr(se, "val")
		case "b":
			p.bold = triOf(onOff(se))
		case "i":
			p.italic = triOf(onOff(se))
		}
		return r.skip()
	})
	return p, err
}

func intAttr(se xml.StartElement) (int, bool) {
	v, ok := attr(se, "val")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// clampLevel keeps a list level inside Word's nine levels.
func clampLevel(v int) int {
	return min(max(v, 0), 8)
}
