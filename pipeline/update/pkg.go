package update

import (
	"bytes"
	"strings"

	"github.com/reportpipe/reportpipe/internal/ooxml"
)

// maxPart bounds what one part of a package may hold once inflated; a
// season's draft is a few megabytes.
const maxPart = 64 << 20

// maxParts bounds the number of parts.
const maxParts = 2000

// pkg is the Word package being edited: ooxml.Package, with the
// helpers this package needs.
type pkg struct{ *ooxml.Package }

func readPkg(data []byte) (*pkg, error) {
	p, err := ooxml.Read(data, ooxml.Limits{MaxPart: maxPart, MaxParts: maxParts, What: "a draft"})
	if err != nil {
		return nil, err
	}
	return &pkg{p}, nil
}

// relatedPart finds the part document.xml relates with relType (the last
// segment of the type URI, "comments"), as a package name.
func (p *pkg) relatedPart(relType string) string {
	rels := string(p.Parts["word/_rels/document.xml.rels"])
	for _, rel := range strings.Split(rels, "<Relationship ")[1:] {
		if !strings.Contains(rel, `/`+relType+`"`) {
			continue
		}
		_, after, ok := strings.Cut(rel, `Target="`)
		if !ok {
			continue
		}
		target, _, _ := strings.Cut(after, `"`)
		target = strings.TrimPrefix(target, "/")
		if strings.HasPrefix(target, "word/") {
			return target
		}
		return "word/" + target
	}
	return ""
}

// addRelated adds a part related from document.xml, with its content type.
func (p *pkg) addRelated(name, relType, contentType string, data []byte) {
	p.Set(name, data)
	rels := p.Parts["word/_rels/document.xml.rels"]
	rel := `<Relationship Id="rIdReportpipe` + relType + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` +
		relType + `" Target="` + strings.TrimPrefix(name, "word/") + `"/>`
	p.Set("word/_rels/document.xml.rels", bytes.Replace(rels, []byte("</Relationships>"), []byte(rel+"</Relationships>"), 1))
	ct := p.Parts["[Content_Types].xml"]
	over := `<Override PartName="/` + name + `" ContentType="` + contentType + `"/>`
	p.Set("[Content_Types].xml", bytes.Replace(ct, []byte("</Types>"), []byte(over+"</Types>"), 1))
}
