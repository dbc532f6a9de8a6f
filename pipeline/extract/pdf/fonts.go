package pdf

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	lpdf "github.com/ledongthuc/pdf"
)

// font is what the glyph interpreter needs of one font resource, read once
// per page: the library's own Font re-reads its dictionary on every Width
// call, which dominates the run time on long pages.
type font struct {
	name    string // BaseFont without the subset prefix ("ABCDEF+")
	enc     lpdf.TextEncoding
	first   int       // FirstChar of a simple font
	widths  []float64 // glyph widths in 1/1000 text space units
	cid     bool      // Type0 font: two-byte codes
	cidW    map[int]float64
	dw      float64  // default width of a Type0 font
	missing float64  // width used when the font gives none
	cjk     *cjkCMap // a predefined CJK CMap the codes follow (cjk.go)
	// latin: a simple font on a standard Latin encoding (none, WinAnsi or
	// Standard, no Differences), where code 0xAD is the soft hyphen.
	latin bool
	// decoded caches enc.Decode per character code: the library's cmap
	// decoder scans its ranges on every call.
	decoded map[int]string
}

// decode returns the text of one character code, raw being its bytes.
func (f *font) decode(code int, raw string) string {
	if s, ok := f.decoded[code]; ok {
		return s
	}
	if f.decoded == nil {
		f.decoded = map[int]string{}
	}
	s := ligatures.Replace(f.enc.Decode(raw))
	if !f.cid && len(raw) == 1 {
		s = winAnsiForC1(s, raw[0])
		if raw[0] == 0xAD && f.latin && (s == "-" || s == "\u2010") {
			s = string(softHyphen) // the soft-hyphen code of a Latin encoding
		}
	}
	f.decoded[code] = s
	return s
}

// winAnsiForC1 reads a one-byte code that a font's encoding passed through
// as a C1 control character (U+0080 to U+009F: no text uses them) as
// Windows-1252, which
// is what such a font almost always means: 0x96 is the en dash, 0x92 the
// apostrophe, 0x93 and 0x94 the quotation marks.
func winAnsiForC1(s string, b byte) string {
	r, _ := utf8.DecodeRuneInString(s)
	if len(s) != utf8.RuneLen(r) || r < 0x80 || r > 0x9F || r != rune(b) {
		return s // only a code passed through as it is
	}
	if w := charmap.Windows1252.DecodeByte(b); w != utf8.RuneError && (w < 0x80 || w > 0x9F) {
		return string(w)
	}
	return s
}

// fontSet caches the fonts of one page by resource name.
type fontSet struct {
	dict  lpdf.Value // the page's /Font resources
	fonts map[string]*font
}

// newFontSet reads fonts from a resource dictionary (a page's or a form's).
func newFontSet(res lpdf.Value) *fontSet {
	return &fontSet{dict: res.Key("Font"), fonts: map[string]*font{}}
}

// get returns the font named name in the page resources, reading it once.
func (s *fontSet) get(name string) *font {
	if f, ok := s.fonts[name]; ok {
		return f
	}
	lf := lpdf.Font{V: s.dict.Key(name)}
	f := readFont(&lf)
	s.fonts[name] = f
	return f
}

func readFont(lf *lpdf.Font) *font {
	f := &font{name: lf.BaseFont(), missing: 500}
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	f.enc = fontEncoding(lf)
	v := lf.V
	if v.Key("Subtype").Name() == "Type0" {
		f.cid = true
		readCIDWidths(f, v.Key("DescendantFonts").Index(0))
		useCJKCMap(f, v)
		return f
	}
	f.latin = latinEncoding(v.Key("Encoding"))
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	if n > 4096 {
		n = 4096
	}
	f.widths = make([]float64, n)
	for i := range n {
		f.widths[i] = ws.Index(i).Float64()
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Kind() != lpdf.Null {
		f.missing = mw.Float64()
	}
	return f
}

// readCIDWidths reads the W array of a CID font: runs of "c [w1 w2 ...]" and
// "cFirst cLast w".
func readCIDWidths(f *font, d lpdf.Value) {
	f.dw = 1000
	if dw := d.Key("DW"); dw.Kind() != lpdf.Null {
		f.dw = dw.Float64()
	}
	f.cidW = map[int]float64{}
	w := d.Key("W")
	for i := 0; i+1 < w.Len() && len(f.cidW) < 1<<16; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				f.cidW[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for c2 := c; c2 <= last && c2-c < 1<<16; c2++ {
			f.cidW[c2] = width
		}
		i += 3
	}
}

// width returns the advance of code in 1/1000 text space units.
func (f *font) width(code int) float64 {
	if f.cjk != nil {
		// The W array is by CID, which only the CMap's tables know; the
		// half-width ASCII CIDs are the one run every collection shares.
		if w, ok := f.cidW[asciiCID(code)]; ok {
			return w
		}
		return f.dw
	}
	if f.cid {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		if f.widths[i] > 0 {
			return f.widths[i]
		}
	}
	return f.missing
}

// codeLen is the byte length of the character code starting raw[i].
func (f *font) codeLen(raw string, i int) int {
	switch {
	case f.cjk != nil:
		return f.cjk.lead(raw[i])
	case f.cid:
		return 2
	}
	return 1
}

// identityEncoding passes bytes through, for fonts with no usable encoding.
type identityEncoding struct{}

func (identityEncoding) Decode(raw string) string { return raw }

// ligatures spells out the typographic ligatures a ToUnicode map may give
// for one glyph, so "ﬁnance" reads (and is searched) as "finance", as
// pdftotext does; the letters are the same ones the agency typed.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// latinEncoding reports an /Encoding under which code 0xAD is the soft
// hyphen: none (the font's own, Latin for text fonts), WinAnsi, or a
// dictionary on WinAnsi without Differences.
func latinEncoding(enc lpdf.Value) bool {
	switch enc.Kind() {
	case lpdf.Null:
		return true
	case lpdf.Name:
		return enc.Name() == "WinAnsiEncoding" || enc.Name() == "StandardEncoding"
	case lpdf.Dict:
		base := enc.Key("BaseEncoding")
		return enc.Key("Differences").Kind() == lpdf.Null && (base.Kind() == lpdf.Null || base.Name() == "WinAnsiEncoding")
	}
	return false
}
