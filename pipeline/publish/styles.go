package publish

import (
	"strconv"
	"strings"
)

// styles are what publish needs of a document's styles.xml: each
// paragraph style's name and outline level, by style id. LibreOffice and
// Word give the same style different ids ("Caption1", "Contents1"), so
// styles are recognised by name, case aside.
type styles struct {
	name  map[string]string // id -> lower-case name
	level map[string]int    // id -> heading level 1-9, from outlineLvl or the name
}

func readStyles(data []byte) styles {
	st := styles{name: map[string]string{}, level: map[string]int{}}
	top, err := parse(data)
	if err != nil {
		return st
	}
	based := map[string]string{}
	for _, n := range top {
		root := n.find("w:styles")
		if root == nil {
			continue
		}
		for _, s := range root.kids {
			if s.name != "w:style" || s.attr("w:type") != "paragraph" {
				continue
			}
			id := s.attr("w:styleId")
			if nm := s.child("w:name"); nm != nil {
				st.name[id] = strings.ToLower(nm.attr("w:val"))
			}
			if b := s.child("w:basedOn"); b != nil {
				based[id] = b.attr("w:val")
			}
			if l, ok := outlineLevel(s.child("w:pPr")); ok {
				st.level[id] = l // 0 for a style marked body text, as TOC Heading is
			} else if l := nameLevel(st.name[id]); l > 0 {
				st.level[id] = l
			}
		}
	}
	for id := range st.name { // a style based on a heading is that heading's level
		if _, ok := st.level[id]; ok {
			continue
		}
		for b, seen := based[id], 0; b != "" && seen < 16; b, seen = based[b], seen+1 {
			if l, ok := st.level[b]; ok {
				st.level[id] = l
				break
			}
		}
	}
	return st
}

// outlineLevel reads w:outlineLvl from properties: 1-9, or 0 for body
// text (9 in Word's 0-based numbering); ok is false when none is given.
func outlineLevel(pPr *node) (level int, ok bool) {
	if pPr == nil {
		return 0, false
	}
	o := pPr.child("w:outlineLvl")
	if o == nil {
		return 0, false
	}
	v, err := strconv.Atoi(o.attr("w:val"))
	if err != nil || v < 0 || v > 8 {
		return 0, true
	}
	return v + 1, true
}

// nameLevel is the level of a style named "heading N".
func nameLevel(name string) int {
	rest, ok := strings.CutPrefix(name, "heading ")
	if !ok {
		return 0
	}
	v, err := strconv.Atoi(rest)
	if err != nil || v < 1 || v > 9 {
		return 0
	}
	return v
}

// idOf returns the id of the paragraph style named name, or "".
func (st styles) idOf(name string) string {
	for id, n := range st.name {
		if n == name {
			return id
		}
	}
	return ""
}

// pStyle is the style id of paragraph p ("" for the default).
func pStyle(p *node) string {
	if pPr := p.child("w:pPr"); pPr != nil {
		if s := pPr.child("w:pStyle"); s != nil {
			return s.attr("w:val")
		}
	}
	return ""
}

// headingLevel is paragraph p's heading level, 0 for body text: its own
// outline level first, then its style's.
func (st styles) headingLevel(p *node) int {
	if p.name != "w:p" {
		return 0
	}
	if l, ok := outlineLevel(p.child("w:pPr")); ok {
		return l
	}
	return st.level[pStyle(p)]
}

// styleName is paragraph p's style name, lower case.
func (st styles) styleName(p *node) string { return st.name[pStyle(p)] }
