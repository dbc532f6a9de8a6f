package docx

import (
	"bytes"
	"unicode/utf8"
)

// validXMLRune reports whether r may appear in an XML 1.0 document. Text
// pasted from PDFs can hold control characters that would make Word refuse
// the whole file, so they are dropped.
func validXMLRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// escape writes s XML-escaped, without characters XML cannot hold or
// invalid UTF-8 bytes.
func escape(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 || !validXMLRune(r) {
			continue
		}
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
}

// runText writes s as the content of a w:r: text in w:t with preserved
// spaces, newlines as w:br and tabs as w:tab, so line breaks and tabs in a
// submission survive exactly.
func runText(b *bytes.Buffer, s string) {
	start := 0
	flush := func(end int) {
		if end > start {
			b.WriteString(`<w:t xml:space="preserve">`)
			escape(b, s[start:end])
			b.WriteString(`</w:t>`)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			flush(i)
			switch {
			case s[i] == '\t':
				b.WriteString(`<w:tab/>`)
			case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
				i++ // \r\n is one break
				b.WriteString(`<w:br/>`)
			default:
				b.WriteString(`<w:br/>`)
			}
			start = i + 1
		}
	}
	flush(len(s))
}
