package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"
)

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// rNS declares the relationships prefix that r:id attributes use.
const rNS = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

// part is one file of the package: its bytes, or a function that writes
// them (called in order, so a part may depend on those written before it).
type part struct {
	name, contentType, relType string // relType "" for parts not related from the document
	data                       []byte
	write                      func(io.Writer) error
	// external parts are relationships only (a link's address in target):
	// nothing is stored in the package for them.
	target   string
	external bool
}

// writePackage zips the parts with their content types and relationships.
func writePackage(w io.Writer, parts []part, modified time.Time) error {
	var ct, rels bytes.Buffer
	ct.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>`)
	rels.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, p := range parts {
		if p.external {
			rels.WriteString(`<Relationship Id="` + p.name + `" Type="` + relNS + p.relType + `" Target="`)
			escape(&rels, p.target)
			rels.WriteString(`" TargetMode="External"/>`)
			continue
		}
		ct.WriteString(`<Override PartName="/` + p.name + `" ContentType="` + p.contentType + `"/>`)
		if p.relType != "" {
			rels.WriteString(`<Relationship Id="` + relID(p.name, i) + `" Type="` + relNS + p.relType + `" Target="` + relTarget(p.name) + `"/>`)
		}
	}
	ct.WriteString(`</Types>`)
	rels.WriteString(`</Relationships>`)
	root := xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relNS + `officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`</Relationships>`
	all := append([]part{
		{name: "[Content_Types].xml", data: ct.Bytes()},
		{name: "_rels/.rels", data: []byte(root)},
		{name: "word/_rels/document.xml.rels", data: rels.Bytes()},
	}, parts...)
	zw := zip.NewWriter(w)
	for _, p := range all {
		if p.external {
			continue
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		if p.write != nil {
			err = p.write(fw)
		} else {
			_, err = fw.Write(p.data)
		}
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// relID is a part's relationship id; the header and footer have fixed ids
// because document.xml's sectPr refers to them by id.
func relID(name string, i int) string {
	switch name {
	case "word/header1.xml":
		return "rIdHeader1"
	case "word/footer1.xml":
		return "rIdFooter1"
	}
	if rest, ok := strings.CutPrefix(name, "word/media/image"); ok { // drawings refer to rIdImageN
		n, _, _ := strings.Cut(rest, ".")
		return "rIdImage" + n
	}
	return "rId" + strconv.Itoa(i+1)
}

// relTarget is a part's name as seen from word/document.xml.
func relTarget(name string) string {
	if rest, ok := strings.CutPrefix(name, "word/"); ok {
		return rest
	}
	return "../" + name
}

const ctPrefix = "application/vnd.openxmlformats-officedocument."

// settingsXML asks Word to update fields on opening, which fills the TOC.
// Elements keep the schema's order (CT_Settings): Word refuses a file
// whose settings are out of order.
const settingsXML = xmlHead + `<w:settings ` + wNS + `><w:defaultTabStop w:val="720"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// coreXML is docProps/core.xml: title and creator, created at generation time.
func coreXML(title string, created time.Time) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	escape(&b, title)
	stamp := created.UTC().Format("2006-01-02T15:04:05Z")
	b.WriteString(`</dc:title><dc:creator>reportpipe</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified></cp:coreProperties>`)
	return b.Bytes()
}
