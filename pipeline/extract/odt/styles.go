package odt

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// maxChain bounds a walk up style parents, so a cycle cannot loop forever.
const maxChain = 32

// tri is a property a style may set on, set off, or leave to its parent.
type tri int8

const (
	unset tri = iota
	on
	off
)

// style is what the reader needs of a paragraph or text style.
type style struct {
	name, display string
	parent        string
	outline       int    // style:default-outline-level, 0 when absent
	listStyle     string // style:list-style-name of a paragraph style
	bold          tri
	italic        tri
}

// styleSheet holds the paragraph, text and list styles from styles.xml and
// the automatic styles of content.xml. A list style maps a level (1-based)
// to whether that level is numbered.
type styleSheet struct {
	para  map[string]*style
	text  map[string]*style
	lists map[string]map[int]bool
}

func newStyleSheet() *styleSheet {
	return &styleSheet{para: map[string]*style{}, text: map[string]*style{}, lists: map[string]map[int]bool{}}
}

// parseStyles reads the children of office:styles or office:automatic-styles
// (whose start was just read) into s.
func (s *styleSheet) parseStyles(r *reader) error {
	return r.each(func(se xml.StartElement) error {
		switch {
		case is(se, nsStyle, "style"):
			return s.parseStyle(r, se)
		case is(se, nsText, "list-style"):
			return s.parseListStyle(r, se)
		}
		return r.skip()
	}, nil)
}

func (s *styleSheet) parseStyle(r *reader, se xml.StartElement) error {
	st := &style{
		name:      attr(se, nsStyle, "name"),
		display:   attr(se, nsStyle, "display-name"),
		parent:    attr(se, nsStyle, "parent-style-name"),
		listStyle: attr(se, nsStyle, "list-style-name"),
	}
	st.outline, _ = strconv.Atoi(attr(se, nsStyle, "default-outline-level"))
	err := r.each(func(c xml.StartElement) error {
		if is(c, nsStyle, "text-properties") {
			st.bold = weight(attr(c, nsFO, "font-weight"))
			st.italic = slant(attr(c, nsFO, "font-style"))
		}
		return r.skip()
	}, nil)
	switch attr(se, nsStyle, "family") {
	case "paragraph":
		s.para[st.name] = st
	case "text":
		s.text[st.name] = st
	}
	return err
}

// weight reads fo:font-weight: "bold" or 600 and over is bold.
func weight(v string) tri {
	switch v {
	case "":
		return unset
	case "bold", "bolder":
		return on
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 600 {
		return on
	}
	return off
}

// parseListStyle records, per level, whether a list style numbers its items:
// a number level with a visible format is ordered; bullet and image levels
// are not.
func (s *styleSheet) parseListStyle(r *reader, se xml.StartElement) error {
	levels := map[int]bool{}
	s.lists[attr(se, nsStyle, "name")] = levels
	return r.each(func(c xml.StartElement) error {
		if c.Name.Space == nsText && strings.HasPrefix(c.Name.Local, "list-level-style-") {
			lvl, _ := strconv.Atoi(attr(c, nsText, "level"))
			format, hasFormat := "", false
			for _, a := range c.Attr {
				if a.Name.Space == nsStyle && a.Name.Local == "num-format" {
					format, hasFormat = a.Value, true
				}
			}
			levels[lvl] = c.Name.Local == "list-level-style-number" && (!hasFormat || format != "")
		}
		return r.skip()
	}, nil)
}

// chain returns a style and its ancestors, nearest first.
func chain(m map[string]*style, name string) []*style {
	var out []*style
	for i := 0; i < maxChain && name != ""; i++ {
		st := m[name]
		if st == nil {
			break
		}
		out = append(out, st)
		name = st.parent
	}
	return out
}

var headingName = lazy.Re(`(?i)^heading\s*(\d+)$`)

// headingLevel is the heading level a paragraph style gives: its outline
// level, or a "Heading N" name, or 1 for Title; 0 for a body style.
func (s *styleSheet) headingLevel(name string) int {
	for _, st := range chain(s.para, name) {
		if st.outline > 0 {
			return st.outline
		}
		for _, n := range []string{st.display, strings.ReplaceAll(st.name, "_20_", " ")} {
			if m := headingName.Get().FindStringSubmatch(strings.TrimSpace(n)); m != nil {
				lvl, _ := strconv.Atoi(m[1])
				return lvl
			}
			if strings.EqualFold(strings.TrimSpace(n), "title") {
				return 1
			}
		}
	}
	return 0
}

// paraListStyle is the list style a paragraph style carries, if any.
func (s *styleSheet) paraListStyle(name string) string {
	for _, st := range chain(s.para, name) {
		if st.listStyle != "" {
			return st.listStyle
		}
	}
	return ""
}

// bold reports whether a style chain sets bold (unset when none decides).
func bold(m map[string]*style, name string) tri {
	for _, st := range chain(m, name) {
		if st.bold != unset {
			return st.bold
		}
	}
	return unset
}

// ordered reports whether level (1-based) of list style name is numbered;
// a level the style does not define takes the nearest defined level below.
func (s *styleSheet) ordered(name string, level int) bool {
	levels := s.lists[name]
	for l := level; l >= 1; l-- {
		if v, ok := levels[l]; ok {
			return v
		}
	}
	return false
}

// slant reads fo:font-style: italic or oblique is italic.
func slant(v string) tri {
	switch v {
	case "":
		return unset
	case "italic", "oblique":
		return on
	}
	return off
}

// italic reports whether a style chain sets italic (unset when none decides).
func italic(m map[string]*style, name string) tri {
	for _, st := range chain(m, name) {
		if st.italic != unset {
			return st.italic
		}
	}
	return unset
}
