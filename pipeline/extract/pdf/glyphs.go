package pdf

import (
	"context"
	"errors"
	"fmt"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one shown character (or ligature) in page space: X, Y its origin
// on the baseline, W its advance, Size the font size after all scaling.
type glyph struct {
	Font string
	Size float64
	X, Y float64
	W    float64
	S    string
	Dir  orientation // the direction of its baseline (orient.go)
	Seq  int32       // its place in the page's content stream
	// Mark is 1 + the MCID of the marked content the glyph is drawn in
	// (markedcontent.go), 0 outside any, artifactMark inside an /Artifact
	// sequence (page furniture, by the producer's own word; read like any
	// text). Once the page is read, tagGlyphs makes it the structure
	// tree's tag of that content (structtree.go), 0 for none. One int32
	// beside Seq keeps a glyph at its old size: pages hold many.
	Mark int32
}

// artifactMark is the Mark of a glyph drawn as an artifact.
const artifactMark = -1

// matrix is a PDF affine matrix [a b 0; c d 0; e f 1].
type matrix [3][3]float64

var ident = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

// advance moves the text matrix tx along its own x axis: translate(tx, 0)
// multiplied into m, without the full product.
func advance(m *matrix, tx float64) {
	m[2][0] += tx * m[0][0]
	m[2][1] += tx * m[0][1]
}

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// gstate is the part of the graphics state that places text.
type gstate struct {
	Tc, Tw, Th, Tl, Tfs, Trise float64
	Tf                         *font
	Tm, Tlm, CTM               matrix
}

// interpreter turns one page's content stream into glyphs.
//
// We interpret the stream ourselves, with the library's tokenizer
// (lpdf.Interpret) and fonts, instead of calling Page.Content: Content emits
// a stray glyph after every TJ operator (it "shows" a newline byte through
// the font, which a subset font maps to some letter), re-parses font
// dictionaries on every glyph, and panics on the first odd operand. Here a
// TJ shows exactly its strings, kerning moves the pen, and bad operands are
// skipped.
type interpreter struct {
	fonts  *fontSet
	g      gstate
	stack  []gstate
	glyphs []glyph
	limit  int  // most glyphs kept per page
	capped bool // glyphs past limit were dropped
	ctx    context.Context
	ops    int
	xobj   lpdf.Value // the /XObject resources of the stream being read
	depth  int        // form XObjects entered
	marked markStack  // the open marked-content sequences (markedcontent.go)

	// The path being built and the rules kept (rules.go).
	pen, start  pt
	segs, rects []rule
	rules       []rule
}

// maxOpsPerPage bounds the operators interpreted on one page: a real page
// has tens of thousands; a decompression bomb has billions.
const maxOpsPerPage = 5_000_000

// stopPage is panicked out of lpdf.Interpret (which has no way to stop) when
// the page runs over its budget or the context ends; interpretPage recovers
// it and returns it as the error.
type stopPage struct{ reason string }

func (s stopPage) Error() string { return s.reason }

// pageGlyphs interprets one page into its glyphs and ruling lines. The
// library's lexer is given a cleaned copy of the page's content
// (cleancontent.go), never the stream as it is: some streams stop it at
// the first odd escape or inline image, and one that ends in an open hex
// string sends it into an endless loop no context can stop. When the
// stream still breaks off (the library panics on malformed content) it
// returns what was read up to there with the error, so a damaged page
// keeps the text before the damage. A page cut at limit glyphs returns
// errGlyphCap with the glyphs kept.
func pageGlyphs(ctx context.Context, p lpdf.Page, limit int) ([]glyph, []rule, error) {
	contents := p.V.Key("Contents")
	if contents.Kind() == lpdf.Null {
		return nil, nil, nil
	}
	clean, lost, err := safeClean(contents)
	if err != nil {
		return nil, nil, err // no part of the content could be read
	}
	pr := interpretPage(ctx, p, clean, limit)
	if pr.err == nil {
		pr.err = lost // a part left out, or cut short, still warns
	}
	return pr.glyphs, pr.rules, pr.err
}

// safeClean is cleanContents with a panic in the library's stream decoding
// turned into an error.
func safeClean(contents lpdf.Value) (v lpdf.Value, lost, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return cleanContents(contents)
}

// pageRead is what one interpretation of a page's content gave.
type pageRead struct {
	glyphs []glyph
	rules  []rule
	err    error
}

// interpretPage runs the interpreter over one content stream of page p.
func interpretPage(ctx context.Context, p lpdf.Page, contents lpdf.Value, limit int) (pr pageRead) {
	res := inherited(p.V, "Resources")
	in := &interpreter{fonts: newFontSet(res), limit: limit, ctx: ctx, xobj: res.Key("XObject")}
	in.marked.props = res.Key("Properties")
	in.g = gstate{Th: 1, Tm: ident, Tlm: ident, CTM: ident, Tf: &font{missing: 500, enc: identityEncoding{}}}
	defer func() {
		pr = pageRead{glyphs: in.glyphs, rules: in.rules, err: pr.err}
		if r := recover(); r != nil {
			if s, ok := r.(stopPage); ok {
				pr.err = s
				return
			}
			pr.err = fmt.Errorf("%v", r)
		}
	}()
	lpdf.Interpret(contents, in.do)
	in.annotations(p.V.Key("Annots"))
	if in.capped {
		pr.err = errGlyphCap
	}
	return pr
}

// errGlyphCap says a page held more glyphs than the limit and was cut.
var errGlyphCap = errors.New("too many characters")

// num reads operand i as a number, 0 when absent or not numeric.
func num(args []lpdf.Value, i int) float64 {
	if i >= len(args) {
		return 0
	}
	switch args[i].Kind() {
	case lpdf.Integer, lpdf.Real:
		return args[i].Float64()
	}
	return 0
}

func popAll(stk *lpdf.Stack) []lpdf.Value {
	n := stk.Len()
	args := make([]lpdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func matrixArgs(args []lpdf.Value) (matrix, bool) {
	if len(args) != 6 {
		return ident, false
	}
	var m matrix
	for i := range 6 {
		m[i/2][i%2] = num(args, i)
	}
	m[2][2] = 1
	return m, true
}

func (in *interpreter) do(stk *lpdf.Stack, op string) {
	args := popAll(stk)
	in.ops++
	if in.ops > maxOpsPerPage {
		panic(stopPage{"the page holds too many drawing operations"})
	}
	if in.ops%4096 == 0 && in.ctx.Err() != nil {
		panic(stopPage{in.ctx.Err().Error()})
	}
	g := &in.g
	switch op {
	case "cm":
		if m, ok := matrixArgs(args); ok {
			g.CTM = m.mul(g.CTM)
		}
	case "q":
		if len(in.stack) < 1024 {
			in.stack = append(in.stack, *g)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			*g = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "BT":
		g.Tm, g.Tlm = ident, ident
	case "Tc":
		g.Tc = num(args, 0)
	case "Tw":
		g.Tw = num(args, 0)
	case "Tz":
		g.Th = num(args, 0) / 100
	case "TL":
		g.Tl = num(args, 0)
	case "Ts":
		g.Trise = num(args, 0)
	case "Tf":
		if len(args) == 2 && args[0].Kind() == lpdf.Name {
			g.Tf = in.fonts.get(args[0].Name())
			g.Tfs = num(args, 1)
		}
	case "TD":
		g.Tl = -num(args, 1)
		in.moveLine(num(args, 0), num(args, 1))
	case "Td":
		in.moveLine(num(args, 0), num(args, 1))
	case "T*":
		in.moveLine(0, -g.Tl)
	case "Tm":
		if m, ok := matrixArgs(args); ok {
			g.Tm, g.Tlm = m, m
		}
	case "Do":
		if len(args) == 1 && args[0].Kind() == lpdf.Name {
			in.form(in.xobj.Key(args[0].Name()))
		}
	case "BDC", "BMC", "EMC":
		in.marked.op(op, args)
	default:
		if !in.pathOp(op, args) {
			in.showOp(op, args)
		}
	}
}

func (in *interpreter) moveLine(tx, ty float64) {
	in.g.Tlm = translate(tx, ty).mul(in.g.Tlm)
	in.g.Tm = in.g.Tlm
}

// showOp handles the text-showing operators.
func (in *interpreter) showOp(op string, args []lpdf.Value) {
	g := &in.g
	switch op {
	case "Tj":
		if len(args) == 1 {
			in.show(args[0])
		}
	case "'":
		in.moveLine(0, -g.Tl)
		if len(args) == 1 {
			in.show(args[0])
		}
	case "\"":
		if len(args) == 3 {
			g.Tw, g.Tc = num(args, 0), num(args, 1)
			in.moveLine(0, -g.Tl)
			in.show(args[2])
		}
	case "TJ":
		if len(args) != 1 || args[0].Kind() != lpdf.Array {
			return
		}
		a := args[0]
		for i := 0; i < a.Len(); i++ {
			x := a.Index(i)
			if x.Kind() == lpdf.String {
				in.show(x)
				continue
			}
			advance(&g.Tm, -x.Float64()/1000*g.Tfs*g.Th)
		}
	}
}

// show places the glyphs of one string operand and moves the pen past them.
// m is Tm x CTM, advanced alongside Tm (an advance is a translation along
// x, so the product need not be taken again for every glyph).
func (in *interpreter) show(v lpdf.Value) {
	if v.Kind() != lpdf.String {
		return
	}
	g := &in.g
	f := g.Tf
	raw := v.RawString()
	m := g.Tm.mul(g.CTM)
	for i, step := 0, 0; i < len(raw); i += step {
		step = f.codeLen(raw, i)
		if i+step > len(raw) {
			break
		}
		code := 0
		for k := range step {
			code = code<<8 | int(raw[i+k])
		}
		w0 := f.width(code)
		if len(in.glyphs) < in.limit {
			in.emit(&m, f, w0, f.decode(code, raw[i:i+step]))
		} else {
			in.capped = true
		}
		tx := w0/1000*g.Tfs + g.Tc
		if step == 1 && code == ' ' {
			tx += g.Tw
		}
		advance(&g.Tm, tx*g.Th)
		advance(&m, tx*g.Th)
	}
}

// emit records one glyph; m is Tm x CTM.
func (in *interpreter) emit(m *matrix, f *font, w0 float64, s string) {
	if s == "" {
		return
	}
	g := &in.g
	// Trm = [Tfs*Th 0; 0 Tfs; 0 Trise] x m, taken apart.
	size := g.Tfs * math.Hypot(m[1][0], m[1][1])
	hscale := g.Tfs * g.Th * math.Hypot(m[0][0], m[0][1])
	if in.glyphs == nil {
		in.glyphs = make([]glyph, 0, 4096)
	}
	in.glyphs = append(in.glyphs, glyph{
		Font: f.name, Size: math.Abs(size),
		X: g.Trise*m[1][0] + m[2][0], Y: g.Trise*m[1][1] + m[2][1],
		W:    w0 / 1000 * math.Abs(hscale),
		S:    s,
		Seq:  int32(len(in.glyphs)),
		Mark: in.marked.mark(),
		Dir:  orientationOf(g.Tfs*g.Th*m[0][0], g.Tfs*g.Th*m[0][1], g.Tfs*m[1][0], g.Tfs*m[1][1]),
	})
}

// maxFormDepth bounds nested form XObjects (a form may draw itself).
const maxFormDepth = 8

// form interprets a form XObject: text some producers (stamps, imposed
// pages, PDF printers) place in forms rather than on the page. It runs with
// its own matrix, resources and a saved graphics state.
func (in *interpreter) form(x lpdf.Value) {
	if x.Key("Subtype").Name() != "Form" || in.depth >= maxFormDepth {
		return
	}
	saved, savedFonts, savedX := in.g, in.fonts, in.xobj
	defer func() { in.g, in.fonts, in.xobj = saved, savedFonts, savedX; in.depth-- }()
	in.depth++
	if m := x.Key("Matrix"); m.Kind() == lpdf.Array && m.Len() == 6 {
		var mm matrix
		for i := range 6 {
			mm[i/2][i%2] = m.Index(i).Float64()
		}
		mm[2][2] = 1
		in.g.CTM = mm.mul(in.g.CTM)
	}
	if res := x.Key("Resources"); res.Kind() == lpdf.Dict {
		in.fonts = newFontSet(res)
		in.xobj = res.Key("XObject")
	}
	// Cleaned like a page's content, for the same reasons.
	if clean, _, err := safeClean(x); err == nil {
		lpdf.Interpret(clean, in.do)
	}
}
