package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// ns declares every namespace the hand-written parts use, as Word does.
const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// testStyles has localised heading ids, an outline-level style, bold
// paragraph and character styles, list styles and a basedOn cycle.
const testStyles = `<w:styles ` + ns + `>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="AgencyHead"><w:name w:val="Agency head"/><w:basedOn w:val="berschrift1"/></w:style>
<w:style w:type="paragraph" w:styleId="Section3"><w:name w:val="Section three"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="StrongPara"><w:name w:val="Strong para"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="StrongChar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BulletStyle"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberStyle"><w:name w:val="List Number"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberChild"><w:name w:val="List Number 2"/><w:basedOn w:val="NumberStyle"/></w:style>
<w:style w:type="numbering" w:styleId="OutlineList"><w:name w:val="Outline List"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style>
</w:styles>`

// testNumbering: numId 1 bullets, 2 numbers (letters at level 1), 3 bullets
// overridden to roman numerals at level 0, 5 numbers defined through the
// numbering style OutlineList (w:numStyleLink to numId 4).
const testNumbering = `<w:numbering ` + ns + `>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="40"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="40"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`

// zipParts writes a zip of the named parts, in the order given.
func zipParts(t testing.TB, parts ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(p[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxOf builds a DOCX package whose body is body, with the test styles and
// numbering, plus any extra parts.
func docxOf(t testing.TB, body string, extra ...[2]string) []byte {
	t.Helper()
	parts := [][2]string{
		{"[Content_Types].xml", xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`},
		{"word/document.xml", documentXML(body)},
		{"word/styles.xml", xmlHead + testStyles},
		{"word/numbering.xml", xmlHead + testNumbering},
	}
	return zipParts(t, append(parts, extra...)...)
}

func documentXML(body string) string {
	return xmlHead + `<w:document ` + ns + `><w:body>` + body +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
}

// extractDump extracts data with default limits and dumps the Document.
func extractDump(t testing.TB, data []byte) string {
	t.Helper()
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return model.Dump(doc)
}

// para is a one-run paragraph with optional pPr and rPr contents.
func p(ppr, rpr, text string) string {
	s := `<w:p>`
	if ppr != "" {
		s += `<w:pPr>` + ppr + `</w:pPr>`
	}
	s += `<w:r>`
	if rpr != "" {
		s += `<w:rPr>` + rpr + `</w:rPr>`
	}
	return s + `<w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func pst(id string) string { return `<w:pStyle w:val="` + id + `"/>` }

func num(id, lvl string) string {
	return `<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`
}
