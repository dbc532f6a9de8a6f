package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/reportpipe/reportpipe/templates"
)

// styleNames are the names Word stores (w:name, compared in lower case)
// of the styles the writer uses, by their ids in templates/report.docx.
// A reference document saved by a Word in another language keeps these
// names but gives the styles other ids ("berschrift1"), so ids are looked
// up by name.
var styleNames = map[string]string{
	"Title": "title", "Subtitle": "subtitle",
	"Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3", "Heading4": "heading 4",
	"ListParagraph": "list paragraph", "TableGrid": "table grid", "Caption": "caption", "Quote": "quote",
	"DraftNote": "draft note", "TOCHeading": "toc heading", "TOC1": "toc 1", "TOC2": "toc 2",
	"CommentText": "annotation text", "CommentReference": "annotation reference",
}

// styleSet is the reference's styles.xml, with any style the writer needs
// and the reference lacks added from the built-in reference, and the id to
// write for each of the writer's styles.
type styleSet struct {
	xml []byte
	ids map[string]string
}

// id returns the reference's id for one of the writer's style ids.
func (s styleSet) id(ours string) string {
	if id, ok := s.ids[ours]; ok {
		return id
	}
	return ours
}

func resolveStyles(stylesXML []byte) (styleSet, error) {
	byName, byID, err := readStyles(stylesXML)
	if err != nil {
		return styleSet{}, err
	}
	set := styleSet{xml: stylesXML, ids: map[string]string{}}
	var missing []string
	for ours, name := range styleNames {
		switch {
		case byName[name] != "":
			set.ids[ours] = byName[name]
		case byID[ours]:
			set.ids[ours] = ours
		default:
			missing = append(missing, ours)
		}
	}
	if len(missing) > 0 {
		set.xml = addStyles(stylesXML, missing)
	}
	return set, nil
}

// readStyles lists the styles of a styles.xml by lower-case name and by id.
func readStyles(data []byte) (byName map[string]string, byID map[string]bool, err error) {
	byName, byID = map[string]string{}, map[string]bool{}
	d := xml.NewDecoder(bytes.NewReader(data))
	current := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return byName, byID, nil
		}
		if err != nil {
			return nil, nil, errors.New("reference document: word/styles.xml cannot be read: " + err.Error())
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "style":
			current = attr(se, "styleId")
			byID[current] = true
		case "name":
			if n := strings.ToLower(attr(se, "val")); current != "" && byName[n] == "" {
				byName[n] = current
			}
		}
	}
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

var builtinStyles = sync.OnceValue(func() []byte {
	ref, err := loadReference(templates.ReportDOCX)
	if err != nil {
		return nil // the built-in reference is tested; nothing to add from
	}
	return ref.styles
})

// addStyles copies the definitions of the styles ids from the built-in
// reference into stylesXML, before its closing tag.
func addStyles(stylesXML []byte, ids []string) []byte {
	end := bytes.LastIndex(stylesXML, []byte("</w:styles>"))
	if end < 0 {
		return stylesXML // another prefix: leave the file as it is
	}
	var add bytes.Buffer
	for _, id := range ids {
		add.Write(styleElement(builtinStyles(), id))
	}
	out := make([]byte, 0, len(stylesXML)+add.Len())
	out = append(out, stylesXML[:end]...)
	out = append(out, add.Bytes()...)
	return append(out, stylesXML[end:]...)
}

// styleElement cuts the <w:style> element with id out of a styles.xml.
func styleElement(stylesXML []byte, id string) []byte {
	at := bytes.Index(stylesXML, []byte(`w:styleId="`+id+`"`))
	if at < 0 {
		return nil
	}
	start := bytes.LastIndex(stylesXML[:at], []byte("<w:style "))
	end := bytes.Index(stylesXML[at:], []byte("</w:style>"))
	if start < 0 || end < 0 {
		return nil
	}
	return stylesXML[start : at+end+len("</w:style>")]
}
