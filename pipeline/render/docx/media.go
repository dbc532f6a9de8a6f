package docx

import (
	"bytes"
	"image"
	_ "image/gif" // picture sizes
	_ "image/jpeg"
	_ "image/png"
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// extras are what runs refer to outside document.xml: pictures (media
// parts), external links (relationships) and footnotes (footnotes.xml).
// Pictures and links are registered before the document is written (see
// prepareExtras), because the package's relationships are written first.
type extras struct {
	pictures map[*model.Picture]int // picture → its number (word/media/imageN)
	order    []*model.Picture
	links    map[string]int // address → its number (rIdLinkN)
	linkList []string
	notes    []string // footnote texts; footnote ids start at 1
	anyNotes bool     // some block has a footnote (known before writing)
	drawings int      // docPr ids
}

func (x *extras) picture(p *model.Picture) int {
	if x.pictures == nil {
		x.pictures = map[*model.Picture]int{}
	}
	if n, ok := x.pictures[p]; ok {
		return n
	}
	x.order = append(x.order, p)
	x.pictures[p] = len(x.order)
	return len(x.order)
}

func (x *extras) link(addr string) int {
	if x.links == nil {
		x.links = map[string]int{}
	}
	if n, ok := x.links[addr]; ok {
		return n
	}
	x.linkList = append(x.linkList, addr)
	x.links[addr] = len(x.linkList)
	return len(x.linkList)
}

// register notes a block's pictures and links.
func (x *extras) register(b model.Block) {
	for _, s := range model.SpansOf(b) {
		if s.Picture != nil && len(s.Picture.Data) > 0 {
			x.picture(s.Picture)
		}
		x.anyNotes = x.anyNotes || s.Footnote != ""
		if s.Link != "" && !isAnchor(s.Link) {
			x.link(s.Link)
		}
	}
}

func isAnchor(addr string) bool { return len(addr) > 0 && addr[0] == '#' }

// prepareExtras registers every picture and link of the report's chapters
// and statements, in document order.
func (w *writer) prepareExtras() {
	for _, pt := range w.r.Parts {
		if pt.Document != nil {
			for _, b := range pt.Document.Blocks {
				w.ext.register(b)
			}
		}
	}
	for _, s := range w.r.Statements {
		for _, p := range s.Placements {
			w.ext.register(p.Block)
		}
	}
}

// hasNotes reports whether the document has footnotes to write.
func (w *writer) hasNotes() bool { return w.ext.anyNotes }

// mediaName is picture n's part name.
func (x *extras) mediaName(n int) string {
	return "word/media/image" + strconv.Itoa(n) + "." + x.order[n-1].Ext()
}

// extraParts are the media parts and the link relationships.
func (w *writer) extraParts() []part {
	var out []part
	for i, p := range w.ext.order {
		out = append(out, part{name: w.ext.mediaName(i + 1), contentType: p.ContentType, relType: "image", data: p.Data})
	}
	for i, addr := range w.ext.linkList {
		out = append(out, part{name: "rIdLink" + strconv.Itoa(i+1), relType: "hyperlink", target: addr, external: true})
	}
	return out
}

// emuPerPixel is one pixel at 96 dpi in EMU; maxWidth the text width in EMU.
const (
	emuPerPixel = 9525
	maxWidthEMU = int64(textWidth) * 635
)

// pictureSize is the size to show p at: the source's, or the image's own
// at 96 dpi, never wider than the text.
func pictureSize(p *model.Picture) (cx, cy int64) {
	cx, cy = p.Width, p.Height
	if cx <= 0 || cy <= 0 {
		cx, cy = 4*914400, 3*914400
		if cfg, _, err := image.DecodeConfig(bytes.NewReader(p.Data)); err == nil && cfg.Width > 0 {
			cx, cy = int64(cfg.Width)*emuPerPixel, int64(cfg.Height)*emuPerPixel
		}
	}
	if cx > maxWidthEMU {
		cy = cy * maxWidthEMU / cx
		cx = maxWidthEMU
	}
	return cx, cy
}

// drawing writes an inline picture run with its alternative text.
func (w *body) drawing(p *model.Picture) {
	n, ok := w.ext.pictures[p]
	if !ok {
		return
	}
	w.ext.drawings++
	id := strconv.Itoa(w.ext.drawings)
	cx, cy := pictureSize(p)
	ext := `cx="` + strconv.FormatInt(cx, 10) + `" cy="` + strconv.FormatInt(cy, 10) + `"`
	name := "Picture " + id
	b := &w.b
	b.WriteString(`<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">` +
		`<wp:extent ` + ext + `/><wp:docPr id="` + id + `" name="` + name + `" descr="`)
	escape(b, p.Alt)
	b.WriteString(`"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
		`<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="` + id + `" name="` + name + `" descr="`)
	escape(b, p.Alt)
	b.WriteString(`"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage` + strconv.Itoa(n) + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
}

// footnoteRef writes a footnote's mark and keeps its text for footnotes.xml.
func (w *body) footnoteRef(text string) {
	w.ext.notes = append(w.ext.notes, text)
	id := strconv.Itoa(len(w.ext.notes))
	w.b.WriteString(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="` + id + `"/></w:r>`)
}

// footnotesXML is word/footnotes.xml: the two separators Word expects,
// then each footnote's text.
func (x *extras) footnotesXML() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:footnotes ` + wNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, t := range x.notes {
		b.WriteString(`<w:footnote w:id="` + strconv.Itoa(i+1) + `"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>` +
			`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>`)
		runText(&b, " "+t)
		b.WriteString(`</w:r></w:p></w:footnote>`)
	}
	b.WriteString(`</w:footnotes>`)
	return b.Bytes()
}
