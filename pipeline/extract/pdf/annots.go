package pdf

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// Annotations. Text a person filled into a form field, or typed as a
// FreeText comment, is not in the page's content stream: it is drawn by
// the annotation's appearance stream, a form XObject placed over the
// annotation's rectangle. Some Word 365 exports put a page's whole text
// there. Readers show it, so it is read, after the page content, where it
// stands on the page. Check boxes and buttons (symbol glyphs), links,
// pop-ups and hidden annotations are not text.

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 1000

// Annotation flags (PDF 32000-1, 12.5.3) that keep an annotation off view.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// annotations draws the appearances of the text-bearing annotations of a
// page, each with a fresh graphics state.
func (in *interpreter) annotations(annots lpdf.Value) {
	for i := 0; i < min(annots.Len(), maxAnnots); i++ {
		a := annots.Index(i)
		if !textAnnotation(a) {
			continue
		}
		before := len(in.glyphs)
		if ap := appearance(a); ap.Kind() == lpdf.Stream {
			in.g = gstate{Th: 1, Tm: ident, Tlm: ident, CTM: placeAppearance(a.Key("Rect"), ap), Tf: &font{missing: 500, enc: identityEncoding{}}}
			in.form(ap)
		}
		if len(in.glyphs) == before {
			in.fieldValue(a)
		}
	}
}

// fieldValue places a text field's value in its rectangle when its
// appearance draws nothing: a form saved with "NeedAppearances" leaves the
// drawing to the viewer. The glyphs get a nominal width (half the size),
// which is all line building needs of them.
func (in *interpreter) fieldValue(a lpdf.Value) {
	v := inherited(a, "V")
	r, ok := box4(a.Key("Rect"))
	if v.Kind() != lpdf.String || !ok {
		return
	}
	size := math.Min(10, 0.8*(r[3]-r[1]))
	if size < 1 {
		return
	}
	x, y := r[0]+2, r[1]+(r[3]-r[1]-size)/2
	for _, ch := range v.Text() {
		if len(in.glyphs) >= in.limit {
			in.capped = true
			return
		}
		in.glyphs = append(in.glyphs, glyph{Font: "field", Size: size, X: x, Y: y, W: size / 2, S: string(ch), Seq: int32(len(in.glyphs))})
		x += size / 2
	}
}

// textAnnotation reports an annotation whose appearance is text: a
// FreeText comment, or a text or choice form field, on view.
func textAnnotation(a lpdf.Value) bool {
	if a.Key("F").Int64()&(annotHidden|annotNoView) != 0 {
		return false
	}
	switch a.Key("Subtype").Name() {
	case "FreeText":
		return true
	case "Widget":
		ft := inherited(a, "FT").Name() // the field type may sit on a parent field
		return ft == "Tx" || ft == "Ch"
	}
	return false
}

// appearance returns an annotation's normal appearance stream, picking the
// current state's when it has several.
func appearance(a lpdf.Value) lpdf.Value {
	n := a.Key("AP").Key("N")
	if n.Kind() == lpdf.Dict {
		n = n.Key(a.Key("AS").Name())
	}
	return n
}

// placeAppearance returns the matrix that maps an appearance's box (its
// BBox through its Matrix) onto the annotation's rectangle, as a viewer
// draws it.
func placeAppearance(rect, ap lpdf.Value) matrix {
	r, okR := box4(rect)
	b, okB := box4(ap.Key("BBox"))
	if !okR || !okB {
		return ident
	}
	if m, ok := matrixArgs(valuesOf(ap.Key("Matrix"))); ok {
		b = transformBox(b, m)
	}
	sx, sy := 1.0, 1.0
	if w := b[2] - b[0]; w > 0 {
		sx = (r[2] - r[0]) / w
	}
	if h := b[3] - b[1]; h > 0 {
		sy = (r[3] - r[1]) / h
	}
	return matrix{{sx, 0, 0}, {0, sy, 0}, {r[0] - b[0]*sx, r[1] - b[1]*sy, 1}}
}

// box4 reads a rectangle [x0 y0 x1 y1], normalised.
func box4(v lpdf.Value) ([4]float64, bool) {
	if v.Kind() != lpdf.Array || v.Len() != 4 {
		return [4]float64{}, false
	}
	x0, y0, x1, y1 := v.Index(0).Float64(), v.Index(1).Float64(), v.Index(2).Float64(), v.Index(3).Float64()
	return [4]float64{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)}, true
}

// transformBox returns the bounding box of b's corners under m.
func transformBox(b [4]float64, m matrix) [4]float64 {
	out := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, c := range [][2]float64{{b[0], b[1]}, {b[0], b[3]}, {b[2], b[1]}, {b[2], b[3]}} {
		x := c[0]*m[0][0] + c[1]*m[1][0] + m[2][0]
		y := c[0]*m[0][1] + c[1]*m[1][1] + m[2][1]
		out = [4]float64{math.Min(out[0], x), math.Min(out[1], y), math.Max(out[2], x), math.Max(out[3], y)}
	}
	return out
}

// valuesOf returns an array's elements.
func valuesOf(v lpdf.Value) []lpdf.Value {
	out := make([]lpdf.Value, v.Len())
	for i := range out {
		out[i] = v.Index(i)
	}
	return out
}
