package docx

import (
	"bytes"
	"strconv"
)

// numbering hands out list instances and writes numbering.xml. numId 1 is
// the bullet list; every ordered list gets its own numId over the decimal
// abstractNum with a start override, so each list counts from 1.
type numbering struct {
	ordered []int
	// starts holds the start of an ordered list that does not count from
	// 1 (a chapter's list that carries on at 4), by numId.
	starts map[int]int
}

const bulletNumID = 1

func (n *numbering) newOrdered() int {
	id := 2 + len(n.ordered)
	n.ordered = append(n.ordered, id)
	return id
}

// newOrderedFrom is newOrdered for a list starting at start (from 1 when
// start is under 2).
func (n *numbering) newOrderedFrom(start int) int {
	id := n.newOrdered()
	if start > 1 {
		if n.starts == nil {
			n.starts = map[int]int{}
		}
		n.starts[id] = start
	}
	return id
}

var (
	bulletChars = []string{"•", "◦", "▪"}
	orderFmts   = []string{"decimal", "lowerLetter", "lowerRoman"}
)

// xml writes numbering.xml: every abstractNum before any num, as Word
// requires; nine levels each.
func (n *numbering) xml() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:numbering ` + wNS + `>`)
	abstract(&b, 0, func(l int) (string, string) { return "bullet", bulletChars[l%3] })
	abstract(&b, 1, func(l int) (string, string) {
		return orderFmts[l%3], "%" + strconv.Itoa(l+1) + "."
	})
	b.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	for _, id := range n.ordered {
		start := max(n.starts[id], 1)
		b.WriteString(`<w:num w:numId="` + strconv.Itoa(id) + `"><w:abstractNumId w:val="1"/>` +
			`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="` + strconv.Itoa(start) + `"/></w:lvlOverride></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.Bytes()
}

func abstract(b *bytes.Buffer, id int, lvl func(int) (format, text string)) {
	b.WriteString(`<w:abstractNum w:abstractNumId="` + strconv.Itoa(id) + `"><w:multiLevelType w:val="hybridMultilevel"/>`)
	for l := 0; l < 9; l++ {
		format, text := lvl(l)
		ind := strconv.Itoa(720 * (l + 1))
		b.WriteString(`<w:lvl w:ilvl="` + strconv.Itoa(l) + `"><w:start w:val="1"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="`)
		escape(b, text)
		b.WriteString(`"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="` + ind + `" w:hanging="360"/></w:pPr></w:lvl>`)
	}
	b.WriteString(`</w:abstractNum>`)
}
