package docx

import "encoding/xml"

// numbering holds numbering.xml reduced to the number format of each level:
// enough to tell a bulleted list from a numbered one. The zero value (no
// numbering.xml) knows no lists.
type numbering struct {
	abstract map[string]map[int]string // abstractNumId → ilvl → numFmt
	nums     map[string]numDef
}

// numDef is a w:num: the abstract definition it uses and any levels it
// overrides.
type numDef struct {
	abstract  string
	overrides map[int]string
}

// parseNumbering reads numbering.xml.
func parseNumbering(r *reader) (*numbering, error) {
	n := &numbering{abstract: map[string]map[int]string{}, nums: map[string]numDef{}}
	err := eachTop(r, func(se xml.StartElement) error {
		switch se.Name.Local {
		case "abstractNum":
			id, _ := attr(se, "abstractNumId")
			levels, err := parseLevels(r)
			n.abstract[id] = levels
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

// parseLevels reads the w:lvl children of an abstractNum or lvlOverride.
func parseLevels(r *reader) (map[int]string, error) {
	levels := map[int]string{}
	err := r.each(func(se xml.StartElement) error {
		if se.Name.Local != "lvl" {
			return r.skip()
		}
		ilvl := 0
		if v, ok := attr(se, "ilvl"); ok {
			ilvl = atoiOr(v, 0)
		}
		return r.each(func(c xml.StartElement) error {
			if c.Name.Local == "numFmt" {
				levels[ilvl], _ = attr(c, "val")
			}
			return r.skip()
		})
	})
	return levels, err
}

func parseNum(r *reader) (numDef, error) {
	def := numDef{overrides: map[int]string{}}
	err := r.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "abstractNumId":
			def.abstract, _ = attr(se, "val")
		case "lvlOverride":
			levels, err := parseLevels(r)
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
// whether its level ilvl is numbered rather than bulleted.
func (n *numbering) list(numID string, ilvl int) (isList, ordered bool) {
	if n == nil || numID == "" || numID == "0" {
		return false, false
	}
	def, ok := n.nums[numID]
	if !ok {
		return false, false
	}
	f, ok := def.overrides[ilvl]
	if !ok {
		f = n.abstract[def.abstract][ilvl]
	}
	switch f {
	case "bullet", "none", "":
		return true, false
	}
	return true, true
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
