package docx

import (
	"encoding/xml"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// SmartArt. A SmartArt drawing holds no text in document.xml: it points
// (dgm:relIds r:dm) to a data part whose points carry the text. The same
// text is drawn again in a drawing part for display; only the data part is
// read, so each text appears once, where the drawing stands.

// diagramPoints are the kinds of data-model point that hold text a reader
// sees; connections (parTrans, sibTrans) and presentation points do not.
var diagramPoints = map[string]bool{"": true, "node": true, "asst": true, "doc": true}

// smartArt reads the text of the diagram whose data relationship is id,
// one paragraph per text paragraph of each point. A missing or damaged
// data part gives no blocks: the drawing then counts as a picture.
func (w *walker) smartArt(id string) []model.Block {
	if w.diagram == nil {
		return nil
	}
	raw, ok := w.diagram(id)
	if !ok {
		return nil
	}
	r := newReader(w.r.ctx, raw, w.r.guard.Max)
	var out []model.Block
	for {
		tok, err := r.next()
		if err != nil {
			return out
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := diagramText(r, se, false, &out); err != nil {
				return out
			}
		}
	}
}

// diagramText collects the text paragraphs (a:p) of the points under se,
// whose start was just read.
func diagramText(r *reader, se xml.StartElement, inPoint bool, out *[]model.Block) error {
	switch se.Name.Local {
	case "pt":
		typ, _ := attr(se, "type")
		if inPoint = diagramPoints[typ]; !inPoint {
			return r.skip()
		}
	case "p":
		if inPoint {
			t, err := r.text()
			if t = strings.TrimSpace(t); t != "" {
				*out = append(*out, &model.Paragraph{Text: t})
			}
			return err
		}
	}
	return r.each(func(c xml.StartElement) error { return diagramText(r, c, inPoint, out) })
}
