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

// pkg is a DOCX package kept in its order, so that parts update does not
// change are written back byte for byte.
type pkg struct {
	names []string
	parts map[string][]byte
}

func readPkg(data []byte) (*pkg, error) {
	names, parts, err := ooxml.ReadParts(data, ooxml.Limits{MaxPart: maxPart, MaxParts: maxParts, What: "a draft"})
	if err != nil {
		return nil, err
	}
	return &pkg{names: names, parts: parts}, nil
}

// set replaces or adds a part.
func (p *pkg) set(name string, data []byte) {
	if _, ok := p.parts[name]; !ok {
		p.names = append(p.names, name)
	}
	p.parts[name] = data
}

func (p *pkg) bytes() ([]byte, error) { return ooxml.WriteParts(p.names, p.parts) }

// relatedPart finds the part document.xml relates with relType (the last
// segment of the type URI, "comments"), as a package name.
func (p *pkg) relatedPart(relType string) string {
	rels := string(p.parts["word/_rels/document.xml.rels"])
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
	p.set(name, data)
	rels := p.parts["word/_rels/document.xml.rels"]
	rel := `<Relationship Id="rIdReportpipe` + relType + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` +
		relType + `" Target="` + strings.TrimPrefix(name, "word/") + `"/>`
	p.set("word/_rels/document.xml.rels", bytes.Replace(rels, []byte("</Relationships>"), []byte(rel+"</Relationships>"), 1))
	ct := p.parts["[Content_Types].xml"]
	over := `<Override PartName="/` + name + `" ContentType="` + contentType + `"/>`
	p.set("[Content_Types].xml", bytes.Replace(ct, []byte("</Types>"), []byte(over+"</Types>"), 1))
}
