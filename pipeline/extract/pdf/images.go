package pdf

import (
	"math"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Pictures in a PDF statement. The interpreter notes every image XObject a
// page draws (its resource name, the box it is drawn in and the marked
// content around it); picturechoice.go then decides which ones are content
// whose place in the reading order is clear, picturebytes.go turns those
// into files Word takes, and pictureplace.go stands them between the
// blocks they fall between. The rest are decoration (logos in the header
// band, rules, backgrounds) or are warned about.

// rect is a rectangle in page space (up is larger).
type rect struct{ X0, Y0, X1, Y1 float64 }

func (b rect) w() float64 { return b.X1 - b.X0 }
func (b rect) h() float64 { return b.Y1 - b.Y0 }

// placedImage is one image XObject drawn on a page.
type placedImage struct {
	Page int
	// Path is the image's resource name, after the names of the form
	// XObjects it was drawn from ("Fm1", "Im3"), to find its stream again.
	Path []string
	Box  rect
	// Upright: drawn neither rotated, skewed nor flipped.
	Upright bool
	// Seq is how many glyphs the page had shown before it.
	Seq int
	// MCID is the marked-content id around the drawing (-1 for none), to
	// find its alternative text in the structure tree.
	MCID int
	// The image dictionary's own words.
	Width, Height int
	Length        int64 // the stored stream's length: two images alike in it are likely one
	BPC           int
	ColorSpace    string // a name, or the array's first name (ICCBased)
	Comps         int    // components of an ICCBased space (/N), 0 when unknown
	Filters       []string
	ImageMask     bool
	SMask         bool
	// Inline: drawn in the content stream itself (BI ... EI), not read.
	Inline bool

	// Decided later.
	fate picFate
	pic  *model.Picture
	why  string // why a content picture was not kept, for the warning
}

// picFate is what became of a placed image.
type picFate int

const (
	picCandidate  picFate = iota // content, not yet placed
	picDecoration                // logo, rule, background: not content
	picUnclear                   // content whose place could not be told
	picKept                      // stands in the blocks
)

// maxImagesPerPage bounds what a page of tiles or a pattern of thousands of
// little images costs: past it the rest are not noted.
const maxImagesPerPage = 500

// inlineImageMark stands in a cleaned content stream where an inline image
// (BI ... ID ... EI) was: the image's data is dropped, but where it was
// drawn is noted, so a content picture drawn that way is warned about.
const inlineImageMark = " /" + inlineImageName + " Do "

// inlineImageName cannot be a resource name a producer writes: PDF names
// hold no spaces, and the mark is made by us.
const inlineImageName = "reportpipe#20inline"

// xobject draws the XObject named name: an image is noted, a form is
// interpreted (its text counts as the page's).
func (in *interpreter) xobject(name string) {
	if name == "reportpipe inline" {
		in.image(lpdf.Value{}, "")
		return
	}
	x := in.xobj.Key(name)
	if x.Key("Subtype").Name() == "Image" {
		in.image(x, name)
		return
	}
	in.xpath = append(in.xpath, name)
	in.form(x)
	in.xpath = in.xpath[:len(in.xpath)-1]
}

// image notes image XObject x drawn with the current matrix: the unit
// square mapped by the CTM is where it lands on the page.
func (in *interpreter) image(x lpdf.Value, name string) {
	if len(in.images) >= maxImagesPerPage {
		return
	}
	m := in.g.CTM
	xs := []float64{m[2][0], m[2][0] + m[0][0], m[2][0] + m[1][0], m[2][0] + m[0][0] + m[1][0]}
	ys := []float64{m[2][1], m[2][1] + m[0][1], m[2][1] + m[1][1], m[2][1] + m[0][1] + m[1][1]}
	b := rect{X0: minOf(xs), X1: maxOf(xs), Y0: minOf(ys), Y1: maxOf(ys)}
	tiny := 1e-6 * (math.Abs(m[0][0]) + math.Abs(m[1][1]))
	im := placedImage{
		Path:    append(append([]string(nil), in.xpath...), name),
		Box:     b,
		Upright: math.Abs(m[0][1]) <= tiny && math.Abs(m[1][0]) <= tiny && m[0][0] > 0 && m[1][1] > 0,
		Seq:     len(in.glyphs),
		MCID:    in.mcid(),
		Width:   int(x.Key("Width").Int64()),
		Height:  int(x.Key("Height").Int64()),
		BPC:     int(x.Key("BitsPerComponent").Int64()),
		Length:  x.Key("Length").Int64(),
	}
	im.ImageMask = x.Key("ImageMask").Kind() == lpdf.Bool && x.Key("ImageMask").Bool()
	im.SMask = x.Key("SMask").Kind() != lpdf.Null || x.Key("Mask").Kind() != lpdf.Null
	im.ColorSpace, im.Comps = colorSpaceOf(x.Key("ColorSpace"))
	f := x.Key("Filter")
	switch f.Kind() {
	case lpdf.Name:
		im.Filters = []string{f.Name()}
	case lpdf.Array:
		for i := 0; i < f.Len() && i < 4; i++ {
			im.Filters = append(im.Filters, f.Index(i).Name())
		}
	}
	im.Inline = name == ""
	in.images = append(in.images, im)
}

// colorSpaceOf names a colour space: a name as it is, an array by its first
// name, with an ICCBased profile's component count.
func colorSpaceOf(cs lpdf.Value) (string, int) {
	switch cs.Kind() {
	case lpdf.Name:
		return cs.Name(), 0
	case lpdf.Array:
		if cs.Len() == 0 {
			return "", 0
		}
		name := cs.Index(0).Name()
		if name == "ICCBased" && cs.Len() > 1 {
			return name, int(cs.Index(1).Key("N").Int64())
		}
		return name, 0
	}
	return "", 0
}

// mcid is the MCID of the marked content the image is drawn in
// (markedcontent.go), -1 for none or inside an artifact.
func (in *interpreter) mcid() int {
	m := in.marked.mark() // artifactMark is below 0
	if m <= 0 {
		return -1
	}
	return int(m - 1)
}

func minOf(v []float64) float64 {
	m := v[0]
	for _, x := range v[1:] {
		m = min(m, x)
	}
	return m
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v[1:] {
		m = max(m, x)
	}
	return m
}
