package update

import (
	"bytes"
	"path"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// carrier brings what an inserted paragraph of the fresh draft refers to
// outside document.xml into the edited draft: the pictures and links of
// a chapter (relationships, and the image parts), and its footnotes.
// Without it an inserted picture or link would point at a relationship
// the edited draft does not have, and Word would refuse the file.
type carrier struct {
	ed, fr *pkg
	rels   map[string]string // fresh relationship id → the edited draft's
	notes  map[string]string // fresh footnote id → the edited draft's
	n      int
}

func newCarrier(ed, fr *pkg) *carrier {
	return &carrier{ed: ed, fr: fr, rels: map[string]string{}, notes: map[string]string{}}
}

var (
	relRef      = lazy.Re(`(r:(?:id|embed|link)=")([^"]*)"`)
	relElement  = lazy.Re(`<Relationship\s[^>]*>`)
	relAttr     = lazy.Re(`\s(Id|Type|Target|TargetMode)="([^"]*)"`)
	footnoteIDs = lazy.Re(`<w:footnote\s[^>]*w:id="(-?[0-9]+)"`)
)

// refs rewrites the relationship ids in one tag of the fresh draft.
func (c *carrier) refs(tag []byte) []byte {
	return relRef.Get().ReplaceAllFunc(tag, func(m []byte) []byte {
		sub := relRef.Get().FindSubmatch(m)
		return []byte(string(sub[1]) + c.rel(string(sub[2])) + `"`)
	})
}

// rel copies fresh relationship id (and the part it targets, inside the
// package) into the edited draft once, and returns its id there.
func (c *carrier) rel(id string) string {
	if to, ok := c.rels[id]; ok {
		return to
	}
	attrs := c.freshRel(id)
	if attrs == nil {
		return id
	}
	c.n++
	to := "rIdReportpipeCarry" + strconv.Itoa(c.n)
	target := attrs["Target"]
	if attrs["TargetMode"] != "External" {
		from := "word/" + strings.TrimPrefix(target, "/word/")
		name := "media/reportpipe-carry" + strconv.Itoa(c.n) + path.Ext(target)
		c.ed.Set("word/"+name, c.fr.Parts[from])
		c.ed.override("/word/"+name, c.fr.typeOf(from))
		target = name
	}
	rel := `<Relationship Id="` + to + `" Type="` + attrs["Type"] + `" Target="` + target + `"`
	if attrs["TargetMode"] != "" {
		rel += ` TargetMode="` + attrs["TargetMode"] + `"`
	}
	rels := c.ed.Parts["word/_rels/document.xml.rels"]
	c.ed.Set("word/_rels/document.xml.rels", bytes.Replace(rels, []byte("</Relationships>"), []byte(rel+"/></Relationships>"), 1))
	c.rels[id] = to
	return to
}

// freshRel is the attributes of the fresh draft's relationship id.
func (c *carrier) freshRel(id string) map[string]string {
	for _, el := range relElement.Get().FindAll(c.fr.Parts["word/_rels/document.xml.rels"], -1) {
		attrs := map[string]string{}
		for _, a := range relAttr.Get().FindAllSubmatch(el, -1) {
			attrs[string(a[1])] = string(a[2])
		}
		if attrs["Id"] == id {
			return attrs
		}
	}
	return nil
}

// footnote copies fresh footnote id into the edited draft's footnotes
// once (adding the fresh draft's footnotes part whole when the edited
// draft has none) and returns its id there.
func (c *carrier) footnote(id string) string {
	if to, ok := c.notes[id]; ok {
		return to
	}
	fresh := c.fr.Parts[c.fr.relatedPart("footnotes")]
	if fresh == nil {
		return id
	}
	name := c.ed.relatedPart("footnotes")
	if name == "" || c.ed.Parts[name] == nil {
		c.ed.addRelated("word/footnotes.xml", "footnotes", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", fresh)
		for _, m := range footnoteIDs.Get().FindAllSubmatch(fresh, -1) {
			c.notes[string(m[1])] = string(m[1])
		}
		return id
	}
	el := footnoteElement(fresh, id)
	if el == nil {
		return id
	}
	notes := c.ed.Parts[name]
	top := 0
	for _, m := range footnoteIDs.Get().FindAllSubmatch(notes, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		top = max(top, n)
	}
	to := strconv.Itoa(top + 1)
	el = bytes.Replace(el, []byte(`w:id="`+id+`"`), []byte(`w:id="`+to+`"`), 1)
	end := bytes.LastIndex(notes, []byte("</w:footnotes>"))
	if end < 0 {
		return id
	}
	c.ed.Set(name, append(append(append([]byte{}, notes[:end]...), el...), notes[end:]...))
	c.notes[id] = to
	return to
}

// footnoteElement cuts footnote id out of a footnotes part.
func footnoteElement(part []byte, id string) []byte {
	at := bytes.Index(part, []byte(`<w:footnote w:id="`+id+`"`))
	if at < 0 {
		return nil
	}
	end := bytes.Index(part[at:], []byte("</w:footnote>"))
	if end < 0 {
		return nil
	}
	return part[at : at+end+len("</w:footnote>")]
}

var (
	defaultExt  = lazy.Re(`<Default\s[^>]*Extension="([^"]*)"[^>]*ContentType="([^"]*)"`)
	overrideFor = lazy.Re(`<Override\s[^>]*PartName="([^"]*)"[^>]*ContentType="([^"]*)"`)
)

// typeOf is the content type the package gives part name: its override,
// else its extension's default.
func (p *pkg) typeOf(name string) string {
	ct := p.Parts["[Content_Types].xml"]
	for _, m := range overrideFor.Get().FindAllSubmatch(ct, -1) {
		if strings.TrimPrefix(string(m[1]), "/") == name {
			return string(m[2])
		}
	}
	ext := strings.TrimPrefix(path.Ext(name), ".")
	for _, m := range defaultExt.Get().FindAllSubmatch(ct, -1) {
		if strings.EqualFold(string(m[1]), ext) {
			return string(m[2])
		}
	}
	return "application/octet-stream"
}

// override gives part name (with its leading slash) a content type.
func (p *pkg) override(name, contentType string) {
	ct := p.Parts["[Content_Types].xml"]
	over := `<Override PartName="` + name + `" ContentType="` + contentType + `"/>`
	p.Set("[Content_Types].xml", bytes.Replace(ct, []byte("</Types>"), []byte(over+"</Types>"), 1))
}
