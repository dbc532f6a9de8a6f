package testutil

import (
	"archive/zip"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

// PictureStatement is a fictional statement as Word saves it: paragraphs
// with a chart picture standing alone between two of them and a logo in
// the page header, for tests that export it to PDF and read it back.
type PictureStatement struct {
	// Title is the first paragraph ("" for a fictional agency's).
	Title string
	// Before and After are the paragraphs around the chart; Others more
	// paragraphs after them, to give the page body text.
	Before, After []string
	// JPEG stores the chart as a JPEG rather than a PNG.
	JPEG bool
	// Alt is the chart's alternative text ("" for none).
	Alt string
}

// ChartEMU is the chart's size as shown: 4 by 2.5 inches.
const (
	ChartWidthEMU  = 3657600
	ChartHeightEMU = 2286000
)

// DOCX writes the statement as a .docx package.
func (s PictureStatement) DOCX(t testing.TB) []byte {
	t.Helper()
	chart, chartExt := chartImage(s.JPEG)
	var body strings.Builder
	title := s.Title
	if title == "" {
		title = "Riverside Community Trust: safeguarding statement"
	}
	body.WriteString(wPara(title))
	for _, p := range s.Before {
		body.WriteString(wPara(p))
	}
	body.WriteString(`<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
		fmt.Sprintf(`<wp:extent cx="%d" cy="%d"/><wp:docPr id="1" name="Chart 1" descr="%s"/>`, ChartWidthEMU, ChartHeightEMU, s.Alt) +
		pictureGraphic("rIdChart", ChartWidthEMU, ChartHeightEMU) + `</wp:inline></w:drawing></w:r></w:p>`)
	for _, p := range s.After {
		body.WriteString(wPara(p))
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + wordNS + `><w:body>` + body.String() +
		`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:drawing>` +
		`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1143000" cy="381000"/><wp:docPr id="2" name="Logo" descr="Riverside logo"/>` +
		pictureGraphic("rIdLogo", 1143000, 381000) + `</wp:inline></w:drawing></w:r></w:p></w:hdr>`
	parts := map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`),
		"_rels/.rels": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
		"word/_rels/document.xml.rels": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart.` + chartExt + `"/>` +
			`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`),
		"word/_rels/header1.xml.rels": []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`),
		"word/document.xml":            []byte(doc),
		"word/header1.xml":             []byte(header),
		"word/media/chart." + chartExt: chart,
		"word/media/logo.png":          logoImage(),
	}
	return zipParts(t, parts)
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`

func wPara(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func pictureGraphic(rid string, cx, cy int) string {
	return `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
		`<pic:nvPicPr><pic:cNvPr id="0" name="image"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="` + rid + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		fmt.Sprintf(`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`, cx, cy) +
		`</pic:pic></a:graphicData></a:graphic>`
}

// chartImage draws a bar chart of four quarters, 480 x 300 pixels.
func chartImage(asJPEG bool) ([]byte, string) {
	img := image.NewRGBA(image.Rect(0, 0, 480, 300))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	bars := []int{120, 180, 260, 150}
	colours := []color.RGBA{{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255}}
	for b, h := range bars {
		for x := 40 + b*110; x < 120+b*110; x++ {
			for y := 290 - h; y < 290; y++ {
				img.Set(x, y, colours[b])
			}
		}
	}
	var buf bytes.Buffer
	if asJPEG {
		jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
		return buf.Bytes(), "jpeg"
	}
	png.Encode(&buf, img)
	return buf.Bytes(), "png"
}

// logoImage is a small two-colour logo, 150 x 50 pixels.
func logoImage() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 150, 50))
	for y := range 50 {
		for x := range 150 {
			c := color.RGBA{0, 90, 60, 255}
			if (x/10+y/10)%2 == 0 {
				c = color.RGBA{240, 200, 40, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

func zipParts(t testing.TB, parts map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
		"word/header1.xml", "word/_rels/header1.xml.rels", "word/media/chart.png", "word/media/chart.jpeg", "word/media/logo.png"} {
		data, ok := parts[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TaggedPDF exports data (a .docx) through LibreOffice headless as a
// tagged PDF, the way Word's "Save as PDF" with accessibility tags does;
// the test skips without LibreOffice.
func TaggedPDF(t testing.TB, data []byte) []byte {
	t.Helper()
	return officeConvertTo(t, data, `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`, "pdf")
}
