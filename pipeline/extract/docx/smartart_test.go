package docx

import (
	"strings"
	"testing"
)

const relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

// relsXML is a .rels part of (id, type, target) triples; a type without a
// scheme is taken as an officeDocument relationship type.
func relsXML(rs ...[3]string) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rs {
		typ := r[1]
		if !strings.Contains(typ, ":") {
			typ = relNS + "/" + typ
		}
		b.WriteString(`<Relationship Id="` + r[0] + `" Type="` + typ + `" Target="` + r[2] + `"/>`)
	}
	return b.String() + `</Relationships>`
}

// smartArtRun is a run drawing the SmartArt whose data relationship is id.
func smartArtRun(id string) string {
	return `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">` +
		`<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="` + id + `" r:lo="rId9"/>` +
		`</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// diagramData is a data model: a document point, two text points with
// their connections, and a presentation point that repeats a text.
const diagramData = xmlHead + `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>` +
	`<dgm:pt modelId="0" type="doc"><dgm:prSet/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>` +
	`<dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Referral </a:t></a:r><a:r><a:t>received</a:t></a:r></a:p></dgm:t></dgm:pt>` +
	`<dgm:pt modelId="2" type="parTrans" cxnId="9"><dgm:t><a:p><a:r><a:t>arrow</a:t></a:r></a:p></dgm:t></dgm:pt>` +
	`<dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Strategy meeting</a:t></a:r></a:p><a:p><a:r><a:t>within 3 days</a:t></a:r></a:p></dgm:t></dgm:pt>` +
	`<dgm:pt modelId="4" type="pres"><dgm:t><a:p><a:r><a:t>Referral received</a:t></a:r></a:p></dgm:t></dgm:pt>` +
	`</dgm:ptLst></dgm:dataModel>`

// drawingData is the display copy of the same text, which must not be read.
const drawingData = xmlHead + `<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dsp:spTree><dsp:sp><dsp:txBody>` +
	`<a:p><a:r><a:t>Referral received</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>`

// SmartArt's text is read from its data part, once, where the drawing is.
func TestSmartArt(t *testing.T) {
	body := p("", "", "How a referral goes:") + `<w:p>` + smartArtRun("rId7") + `</w:p>` + p("", "", "After the diagram.")
	data := docxOf(t, body,
		[2]string{"word/_rels/document.xml.rels", relsXML([3]string{"rId7", "diagramData", "diagrams/data1.xml"},
			[3]string{"rId8", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "diagrams/drawing1.xml"})},
		[2]string{"word/diagrams/data1.xml", diagramData},
		[2]string{"word/diagrams/drawing1.xml", drawingData})
	want := "0 paragraph \"How a referral goes:\"\n1 paragraph \"Referral received\"\n2 paragraph \"Strategy meeting\"\n" +
		"3 paragraph \"within 3 days\"\n4 paragraph \"After the diagram.\"\n"
	if got := extractDump(t, data); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A SmartArt drawing whose data part is missing is a picture, warned about.
func TestSmartArtWithoutData(t *testing.T) {
	data := docxOf(t, p("", "", "Before.")+`<w:p>`+smartArtRun("rId7")+`</w:p>`)
	want := "0 paragraph \"Before.\"\nwarning \"1 picture(s) or embedded object(s) were not read; if one holds text or figures (a chart, a pasted table), check it in the original\"\n"
	if got := extractDump(t, data); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
