package publish

// numbering is what the page needs of numbering.xml: for each list
// (w:num) and level, whether it is numbered or bulleted.
type numbering struct {
	abstract map[string]string            // numId -> abstractNumId
	formats  map[string]map[string]string // abstractNumId -> ilvl -> numFmt
}

func readNumbering(data []byte) numbering {
	nb := numbering{abstract: map[string]string{}, formats: map[string]map[string]string{}}
	top, err := parse(data)
	if err != nil {
		return nb
	}
	for _, n := range top {
		n.each(func(k *node) {
			switch k.name {
			case "w:num":
				if a := k.child("w:abstractNumId"); a != nil {
					nb.abstract[k.attr("w:numId")] = a.attr("w:val")
				}
			case "w:abstractNum":
				lv := map[string]string{}
				for _, l := range k.kids {
					if l.name == "w:lvl" {
						if f := l.child("w:numFmt"); f != nil {
							lv[l.attr("w:ilvl")] = f.attr("w:val")
						}
					}
				}
				nb.formats[k.attr("w:abstractNumId")] = lv
			}
		})
	}
	return nb
}

// ordered says whether level lvl of list numID is numbered.
func (nb numbering) ordered(numID string, lvl int) bool {
	f := nb.formats[nb.abstract[numID]][itoa(lvl)]
	return f != "" && f != "bullet" && f != "none"
}

func itoa(i int) string {
	if i >= 0 && i <= 9 {
		return string(rune('0' + i))
	}
	return "0"
}
