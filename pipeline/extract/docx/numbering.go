package docx

import "encoding/xml"

// numbering holds numbering.xml reduced to the number format of each level:
// enough to tell a bulleted list from a numbered one. The zero value (no
// numbering.xml) knows no lists.
type numbering struct {
	abstract map[string]abstractNum
	nums     map[string]numDef
}

// abstractNum is a list definition: the number format of each level, or a
// link to a numbering style (w:numStyleLink) that holds the levels instead.
type abstractNum struct {
	levels    map[int]string // ilvl → numFmt
	styleLink string
	starts    map[int]int // ilvl → w:start, when not 1
}

// numDef is a w:num: the abstract definition it uses and any levels it
// overrides.
type numDef struct {
	abstract  string
	overrides map[int]string
	// starts are the levels' w:startOverride: where a restarted list
	// starts again.
	starts map[int]int
}

// parseNumbering reads numbering.xml.
func parseNumbering(r *reader) (*numbering, error) {
	n := &numbering{abstract: map[string]abstractNum{}, nums: map[string]numDef{}}
	err := eachTop(r, func(se xml.StartElement) error {
		switch se.Name.Local {
		case "abstractNum":
			id, _ := attr(se, "abstractNumId")
			a := abstractNum{starts: map[int]int{}}
			var err error
			a.levels, a.styleLink, err = parseLevels(r, a.starts)
			n.abstract[id] = a
			return err
		case "num":
			id, _ := attr(se, "numId")
			def, err := parseNum(r)
			n.nums[id] = def
			return err
		}
		return r.skip()
	})
	return n, err
}

// parseLevels reads the w:lvl children of an abstractNum or lvlOverride,
// and the numbering style it links to, if any.
func parseLevels(r *reader, starts map[int]int) (levels map[int]string, styleLink string, err error) {
	levels = map[int]string{}
	err = r.each(func(se xml.StartElement) error {
		if se.Name.Local == "numStyleLink" {
			styleLink, _ = attr(se, "val")
		}
		if se.Name.Local != "lvl" {
			return r.skip()
		}
		ilvl := 0
		if v, ok := attr(se, "ilvl"); ok {
			ilvl = atoiOr(v, 0)
		}
		return r.each(func(c xml.StartElement) error {
			switch c.Name.Local {
			case "numFmt":
				levels[ilvl], _ = attr(c, "val")
			case "start":
				if v, ok := intAttr(c); ok && starts != nil {
					starts[ilvl] = v
				}
			}
			return r.skip()
		})
	})
	return levels, styleLink, err
}

func parseNum(r *reader) (numDef, error) {
	def := numDef{overrides: map[int]string{}, starts: map[int]int{}}
	err := r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "abstractNumId":
			def.abstract, _ = attr(se, "val")
		case "lvlOverride":
			ilvl := atoiOr(attrOr(se, "ilvl"), 0)
			levels, _, err := parseOverride(r, ilvl, def.starts)
			for k, v := range levels {
				def.overrides[k] = v
			}
			return err
		}
		return r.skip()
	})
	return def, err
}

// list reports whether numId names a list (numId 0 removes numbering), and
// whether its level ilvl is numbered rather than bulleted. A definition that
// links to a numbering style is followed through styles, one hop.
func (n *numbering) list(numID string, ilvl int, styles *styleSheet) (isList, ordered bool) {
	if n == nil || numID == "" || numID == "0" {
		return false, false
	}
	def, ok := n.nums[numID]
	if !ok {
		return false, false
	}
	f, ok := def.overrides[ilvl]
	if !ok {
		a := n.abstract[def.abstract]
		f, ok = a.levels[ilvl]
		if !ok && a.styleLink != "" {
			f = n.linkedFormat(a.styleLink, ilvl, styles)
		}
	}
	switch f {
	case "bullet", "none", "":
		return true, false
	}
	return true, true
}

// linkedFormat finds a level's format through a numbering style: the
// style's numId names a num whose abstract definition holds the levels.
func (n *numbering) linkedFormat(styleID string, ilvl int, styles *styleSheet) string {
	numID, ok, _, _ := styles.numbering(styleID)
	if !ok {
		return ""
	}
	def := n.nums[numID]
	if f, ok := def.overrides[ilvl]; ok {
		return f
	}
	return n.abstract[def.abstract].levels[ilvl]
}

func atoiOr(s string, def int) int {
	n := 0
	if s == "" || len(s) > 6 {
		return def
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// parseOverride reads a w:lvlOverride of level ilvl: its w:startOverride
// into starts, and the levels it redefines.
func parseOverride(r *reader, ilvl int, starts map[int]int) (map[int]string, string, error) {
	levels := map[int]string{}
	err := r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "startOverride":
			if v, ok := intAttr(se); ok {
				starts[ilvl] = v
			}
		case "lvl":
			l := atoiOr(attrOr(se, "ilvl"), ilvl)
			return r.each(func(c xml.StartElement) error {
				switch c.Name.Local {
				case "numFmt":
					levels[l], _ = attr(c, "val")
				case "start":
					if v, ok := intAttr(c); ok {
						if _, set := starts[l]; !set {
							starts[l] = v
						}
					}
				}
				return r.skip()
			})
		}
		return r.skip()
	})
	return levels, "", err
}

// start is where list numID starts at level ilvl: its override, else its
// definition's w:start; 1 when neither says.
func (n *numbering) start(numID string, ilvl int) int {
	if n == nil {
		return 1
	}
	def := n.nums[numID]
	if v, ok := def.starts[ilvl]; ok {
		return v
	}
	if v, ok := n.abstract[def.abstract].starts[ilvl]; ok {
		return v
	}
	return 1
}

func attrOr(se xml.StartElement, local string) string {
	v, _ := attr(se, local)
	return v
}
