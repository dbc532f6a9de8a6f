package pdf

import (
	"strings"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Predefined CJK CMaps. A Chinese, Japanese or Korean font that is not
// embedded often names a CMap the standard predefines (GBK-EUC-H,
// 90ms-RKSJ-H, KSC-EUC-H, UniGB-UCS2-H, ...) instead of carrying a
// ToUnicode map: its codes are then the bytes of a national character set
// (GBK, Big5, Shift-JIS, EUC-KR) or UCS-2, one or two bytes long. The
// library reads those bytes as they are, which gives mojibake. Here the
// code lengths follow the character set, and codes are decoded with it.

// cjkCMap is what a predefined CMap means for reading text.
type cjkCMap struct {
	charset encoding.Encoding // nil for the UCS-2 and UTF-16 CMaps
	lead    func(b byte) int  // the byte length of a code starting with b
}

// cjkCMapOf returns the predefined CMap named name, if it is one we read.
func cjkCMapOf(name string) (*cjkCMap, bool) {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "-H"), "-V")
	switch {
	case strings.HasPrefix(name, "Uni") && (strings.HasSuffix(name, "-UCS2") || strings.HasSuffix(name, "-UTF16")):
		return &cjkCMap{lead: func(byte) int { return 2 }}, true
	case strings.HasPrefix(name, "GB"):
		return &cjkCMap{charset: simplifiedchinese.GBK, lead: leadFrom(0x81)}, true
	case strings.Contains(name, "B5"):
		return &cjkCMap{charset: traditionalchinese.Big5, lead: leadFrom(0x81)}, true
	case strings.HasSuffix(name, "RKSJ"):
		return &cjkCMap{charset: japanese.ShiftJIS, lead: shiftJISLead}, true
	case name == "EUC":
		return &cjkCMap{charset: japanese.EUCJP, lead: eucJPLead}, true
	case strings.HasPrefix(name, "KSC"):
		return &cjkCMap{charset: korean.EUCKR, lead: leadFrom(0x81)}, true
	}
	return nil, false
}

// leadFrom: bytes from lo up start two-byte codes, the rest are ASCII.
func leadFrom(lo byte) func(byte) int {
	return func(b byte) int {
		if b >= lo && b != 0xFF {
			return 2
		}
		return 1
	}
}

func shiftJISLead(b byte) int {
	if b >= 0x81 && b <= 0x9F || b >= 0xE0 && b <= 0xFC {
		return 2
	}
	return 1
}

func eucJPLead(b byte) int {
	switch {
	case b == 0x8F:
		return 3
	case b == 0x8E || b >= 0xA1 && b <= 0xFE:
		return 2
	}
	return 1
}

// Decode returns the text of one code.
func (c *cjkCMap) Decode(raw string) string {
	if c.charset == nil {
		u := make([]uint16, 0, len(raw)/2)
		for i := 0; i+1 < len(raw); i += 2 {
			u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
		}
		return string(utf16.Decode(u))
	}
	s, err := c.charset.NewDecoder().String(raw)
	if err != nil {
		return "\uFFFD"
	}
	return s
}

// asciiCID is the CID of a one-byte (ASCII) code in the Adobe CJK
// collections, whose CIDs 1 to 95 are the printable ASCII characters: it
// finds the width of a half-width letter or digit, which the font's W array
// gives by CID.
func asciiCID(code int) int {
	if code >= 0x20 && code <= 0x7E {
		return code - 0x1F
	}
	return -1
}

// useCJKCMap sets a Type0 font f up for the predefined CMap its /Encoding
// names, when it has no ToUnicode map to read instead.
func useCJKCMap(f *font, v lpdf.Value) {
	enc := v.Key("Encoding")
	if enc.Kind() != lpdf.Name || v.Key("ToUnicode").Kind() == lpdf.Stream {
		return
	}
	if c, ok := cjkCMapOf(enc.Name()); ok {
		f.cjk = c
		f.enc = c
	}
}
