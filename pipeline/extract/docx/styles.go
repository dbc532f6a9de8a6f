package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// style is one w:style of styles.xml, reduced to what decides headings,
// lists and bold.
type style struct {
	name    string // the built-in English name, whatever the styleId
	basedOn string
	p       pProps
	bold    tri
}

// styleSheet holds the styles by id. The zero value (no styles.xml) is
// usable: every lookup finds nothing.
type styleSheet struct {
	byID        map[string]*style
	defaultPara string
}

// maxChain bounds a basedOn chain, so a cycle in a damaged file ends.
const maxChain = 32

// headingName matches the built-in heading style names. Word keeps these
// names in English even when the styleId is localised ("berschrift1").
var headingName = lazy.Re(`(?i)^heading\s*([1-9])$`)

// parseStyles reads styles.xml.
func parseStyles(r *reader) (*styleSheet, error) {
	s := &styleSheet{byID: map[string]*style{}}
	err := eachTop(r, func(se xml.StartElement) error {
		if se.Name.Local != "style" {
			return r.skip()
		}
		return s.parseStyle(r, se)
	})
	return s, err
}

func (s *styleSheet) parseStyle(r *reader, start xml.StartElement) error {
	st := &style{p: pProps{outline: -1}}
	err := r.each(func(se xml.StartElement) error {
		var err error
		switch se.Name.Local {
		case "name":
			st.name, _ = attr(se, "val")
		case "basedOn":
			st.basedOn, _ = attr(se, "val")
		case "pPr":
			st.p, err = parsePPr(r)
			return err
		case "rPr":
			var rp rProps
			rp, err = parseRPr(r)
			st.bold = rp.bold
			return err
		}
		return r.skip()
	})
	id, _ := attr(start, "styleId")
	kind, _ := attr(start, "type")
	if kind == "paragraph" {
		if v, ok := attr(start, "default"); ok && (v == "1" || v == "true") {
			s.defaultPara = id
		}
	}
	s.byID[id] = st
	return err
}

// chain returns the style and the styles it is based on, nearest first.
func (s *styleSheet) chain(id string) []*style {
	var out []*style
	for len(out) < maxChain && id != "" {
		st := s.byID[id]
		if st == nil {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// headingLevel is the heading level a paragraph style gives (1 for Title),
// or 0 when it is not a heading style.
func (s *styleSheet) headingLevel(id string) int {
	for _, st := range s.chain(id) {
		if m := headingName.Get().FindStringSubmatch(strings.TrimSpace(st.name)); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
		if strings.EqualFold(strings.TrimSpace(st.name), "title") {
			return 1
		}
		if st.p.outline >= 0 {
			return outlineLevel(st.p.outline)
		}
	}
	return 0
}

// outlineLevel turns w:outlineLvl (0-based, 9 = body text) into a heading
// level (1-based, 0 = none).
func outlineLevel(v int) int {
	if v < 0 || v > 8 {
		return 0
	}
	return v + 1
}

// numbering returns the list numbering a paragraph style carries, nearest
// style first for each of numId and ilvl.
func (s *styleSheet) numbering(id string) (numID string, hasNum bool, ilvl int, hasIlvl bool) {
	for _, st := range s.chain(id) {
		if !hasNum && st.p.hasNumID {
			numID, hasNum = st.p.numID, true
		}
		if !hasIlvl && st.p.hasIlvl {
			ilvl, hasIlvl = st.p.ilvl, true
		}
	}
	return
}

// bold says whether a style (paragraph or character) makes its text bold.
func (s *styleSheet) bold(id string) tri {
	for _, st := range s.chain(id) {
		if st.bold != unset {
			return st.bold
		}
	}
	return unset
}

// eachTop walks the children of a part's root element.
func eachTop(r *reader, fn func(se xml.StartElement) error) error {
	for {
		tok, err := r.next()
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.StartElement); ok {
			return r.each(fn)
		}
	}
}
