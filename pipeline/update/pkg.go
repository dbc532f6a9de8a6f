package update

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
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
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a Word file (%v)", err)
	}
	if len(zr.File) > maxParts {
		return nil, fmt.Errorf("the package has %d parts, more than a draft has", len(zr.File))
	}
	p := &pkg{parts: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("part %s: %v", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("part %s: %v", f.Name, err)
		}
		if len(b) > maxPart {
			return nil, fmt.Errorf("part %s is larger than %d MB", f.Name, maxPart>>20)
		}
		p.names = append(p.names, f.Name)
		p.parts[f.Name] = b
	}
	return p, nil
}

// set replaces or adds a part.
func (p *pkg) set(name string, data []byte) {
	if _, ok := p.parts[name]; !ok {
		p.names = append(p.names, name)
	}
	p.parts[name] = data
}

func (p *pkg) bytes() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range p.names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(p.parts[n]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

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
