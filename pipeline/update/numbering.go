package update

import (
	"bytes"
	"regexp"
	"strconv"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

const numberingCT = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"

// numbering copies the list definitions the inserted paragraphs use from
// the fresh draft into the edited one under new ids: the edited draft's
// own ids may mean other lists (LibreOffice renumbers them on saving), and
// an inserted ordered list must count from 1, not continue another.
type numbering struct {
	fresh         *xdoc
	edited        []byte
	nextNum       int
	nextAbs       int
	nums, abs     map[string]string // fresh id -> edited id
	addAbs, addNm bytes.Buffer
}

var (
	numIDAttr = lazy.Re(`w:numId="([0-9]+)"`)
	absIDAttr = lazy.Re(`w:abstractNumId="([0-9]+)"`)
	absIDVal  = lazy.Re(`(<w:abstractNumId w:val=")([0-9]+)(")`)
	firstNum  = lazy.Re(`<w:num[ >]`)
)

func newNumbering(fresh, edited []byte) *numbering {
	n := &numbering{edited: edited, nums: map[string]string{}, abs: map[string]string{}}
	n.fresh, _ = scan(fresh) // the fresh draft's own part: well-formed
	n.nextNum = maxAttr(numIDAttr.Get(), edited) + 1
	n.nextAbs = maxAttr(absIDAttr.Get(), edited) + 1
	return n
}

func maxAttr(re *regexp.Regexp, data []byte) int {
	top := 0
	for _, m := range re.FindAllSubmatch(data, -1) {
		if v, err := strconv.Atoi(string(m[1])); err == nil {
			top = max(top, v)
		}
	}
	return top
}

// mapNum is the edited draft's id for fresh list instance id, copying its
// definition over on first use; id itself when the fresh draft lacks it.
func (n *numbering) mapNum(id string) string {
	if got, ok := n.nums[id]; ok {
		return got
	}
	num := n.element("w:num", "w:numId", id)
	if num == nil {
		return id
	}
	abs := "0"
	if m := absIDVal.Get().FindSubmatch(num); m != nil {
		abs = string(m[2])
	}
	absNew, ok := n.abs[abs]
	if !ok {
		def := n.element("w:abstractNum", "w:abstractNumId", abs)
		if def == nil {
			return id
		}
		absNew = strconv.Itoa(n.nextAbs)
		n.nextAbs++
		n.abs[abs] = absNew
		n.addAbs.Write(absIDAttr.Get().ReplaceAll(def, []byte(`w:abstractNumId="`+absNew+`"`)))
	}
	newID := strconv.Itoa(n.nextNum)
	n.nextNum++
	n.nums[id] = newID
	num = numIDAttr.Get().ReplaceAll(num, []byte(`w:numId="`+newID+`"`))
	n.addNm.Write(absIDVal.Get().ReplaceAll(num, []byte(`${1}`+absNew+`${3}`)))
	return newID
}

// element is the fresh numbering's element name whose attr is val.
func (n *numbering) element(name, attr, val string) []byte {
	if n.fresh == nil {
		return nil
	}
	for i, t := range n.fresh.toks {
		if t.start && t.name == name && n.fresh.attr(i, attr) == val {
			return n.fresh.span(i)
		}
	}
	return nil
}

// write puts the copied definitions into the edited draft: every
// abstractNum before the first num, as Word requires.
func (n *numbering) write(p *pkg) {
	if n.addNm.Len() == 0 {
		return
	}
	name := p.relatedPart("numbering")
	old := p.Parts[name]
	if name == "" || old == nil {
		doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + n.addAbs.String() + n.addNm.String() + `</w:numbering>`
		p.addRelated("word/numbering.xml", "numbering", numberingCT, []byte(doc))
		return
	}
	end := bytes.LastIndex(old, []byte("</w:numbering>"))
	if end < 0 {
		return
	}
	at := end
	if loc := firstNum.Get().FindIndex(old); loc != nil {
		at = loc[0]
	}
	var out bytes.Buffer
	out.Write(old[:at])
	out.Write(n.addAbs.Bytes())
	out.Write(old[at:end])
	out.Write(n.addNm.Bytes())
	out.Write(old[end:])
	p.Set(name, out.Bytes())
}
