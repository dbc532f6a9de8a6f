package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// Font decoding. A font's ToUnicode map is the surest word on which text a
// code stands for, and readers (pdftotext among them) take it first. The
// library takes it only for fonts without a named or custom /Encoding: a
// Type 3 font with a ToUnicode map (its glyph names, /g1 /g2, mean nothing)
// comes out as its raw codes, mojibake. And where a map is partial or
// broken (a codespace that leaves out the space, or two-byte codespace for
// one-byte codes) it gives U+FFFD, though the font's own encoding knows the
// code. So a font with a map is read map first, and a code the map cannot
// give is read through the font's encoding instead.

// maxToUnicodeBytes bounds the ToUnicode stream read for one font.
const maxToUnicodeBytes = 4 << 20

// fontEncoding returns the decoder for font lf.
func fontEncoding(lf *lpdf.Font) lpdf.TextEncoding {
	base := lf.Encoder()
	if base == nil {
		base = identityEncoding{}
	}
	tu := lf.V.Key("ToUnicode")
	enc := lf.V.Key("Encoding")
	simple := lf.V.Key("Subtype").Name() != "Type0"
	if tu.Kind() != lpdf.Stream {
		if simple && enc.Kind() == lpdf.Null {
			// The library falls back on PDFDocEncoding, which is no font
			// encoding (0x96 reads "Œ"); a simple font without one means
			// the standard Latin text encoding: WinAnsi, for our purpose.
			if std := standardEncoding(enc); std != nil {
				return std
			}
		}
		return base
	}
	libraryUsesMap := enc.Kind() == lpdf.Null || enc.Kind() == lpdf.Name && enc.Name() == "Identity-H"
	primary, fallback := base, lpdf.TextEncoding(nil)
	if !libraryUsesMap {
		m, err := toUnicodeMap(tu)
		if err != nil {
			return base
		}
		primary, fallback = m, base // what the library read before
	} else if simple {
		fallback = standardEncoding(enc)
	}
	if fallback == nil {
		return primary
	}
	return &backedEncoding{primary: primary, fallback: fallback, simple: simple}
}

// toUnicodeMap reads a ToUnicode stream into the library's CMap decoder,
// through a synthetic font that has the map and no /Encoding.
func toUnicodeMap(tu lpdf.Value) (enc lpdf.TextEncoding, err error) {
	defer func() {
		if r := recover(); r != nil {
			enc, err = nil, fmt.Errorf("reading a ToUnicode map: %v", r)
		}
	}()
	data, err := streamBytes(tu, maxToUnicodeBytes)
	if err != nil {
		return nil, err
	}
	v, err := syntheticRoot("<< /Type /Font /Subtype /Type1 /ToUnicode 2 0 R >>", streamObject("", data))
	if err != nil {
		return nil, err
	}
	f := lpdf.Font{V: v}
	return f.Encoder(), nil
}

// standardEncoding returns the encoding a simple font with no usable
// /Encoding falls back on: WinAnsi, which agrees with the standard Latin
// encoding on letters, digits and the space.
func standardEncoding(enc lpdf.Value) lpdf.TextEncoding {
	name := "WinAnsiEncoding"
	if enc.Kind() == lpdf.Name && enc.Name() == "MacRomanEncoding" {
		name = enc.Name()
	}
	v, err := syntheticRoot("<< /Type /Font /Subtype /Type1 /Encoding /" + name + " >>")
	if err != nil {
		return nil
	}
	f := lpdf.Font{V: v}
	return f.Encoder()
}

// backedEncoding decodes with primary and, where primary gives nothing
// usable for a code, with fallback.
type backedEncoding struct {
	primary, fallback lpdf.TextEncoding
	simple            bool // a one-byte font
}

func (e *backedEncoding) Decode(raw string) string {
	s := e.primary.Decode(raw)
	if e.simple {
		s = unswapLigature(s)
	}
	if s != "" && !strings.ContainsRune(s, utf8.RuneError) {
		return s
	}
	if t := e.fallback.Decode(raw); t != "" && !strings.ContainsRune(t, utf8.RuneError) && !hasControl(t) {
		return t
	}
	return s
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7F {
			return true
		}
	}
	return false
}

// unswapLigature undoes a ToUnicode entry written byte-swapped: Ghostscript
// maps the "ff" ligature of a re-saved font to <66006600>, which reads as
// two CJK characters (U+6600 twice). Two or more characters from one glyph
// of a one-byte font, each U+XX00 with XX a printable ASCII letter, are
// those letters.
func unswapLigature(s string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s
	}
	out := make([]byte, len(rs))
	for i, r := range rs {
		lo, hi := r&0xFF, r>>8
		if lo != 0 || hi < 0x21 || hi > 0x7E {
			return s
		}
		out[i] = byte(hi)
	}
	return string(out)
}
