package pdf

import (
	"bytes"
	"fmt"

	lpdf "github.com/ledongthuc/pdf"
)

// Content streams the library's lexer gives up on. It stops a whole page
// at the first thing it cannot take: a backslash before a character that
// escapes nothing ("\+", which the PDF standard says to ignore), an octal
// escape over 255, or the binary data of an inline image (BI ... ID ...
// EI), which it tries to read as operators; and a hex string still open at
// the end of the stream makes it loop for ever. pdftotext reads such pages.
// So the lexer is only ever given a cleaned copy of a content stream: the
// same operators, with those things taken out or closed, and without a part
// of the content that cannot be read at all. For a well-formed stream the
// copy holds the same operators; the cost is one copy of its bytes.

// cleanContents returns the decoded bytes of a page's content streams,
// cleaned, as a stream the library can interpret. lost says what could not
// be read: a part missing or cut short, whose text the page then lacks.
func cleanContents(contents lpdf.Value) (clean lpdf.Value, lost, err error) {
	var raw bytes.Buffer
	parts := []lpdf.Value{contents}
	if contents.Kind() == lpdf.Array {
		parts = parts[:0]
		for i := 0; i < contents.Len(); i++ {
			parts = append(parts, contents.Index(i))
		}
	}
	read := 0
	for i, p := range parts {
		// A part that cannot be read (missing, or failing to decode) is
		// left out, and one cut short keeps what decoded: the parts
		// around it still hold the page's text.
		data, perr := partBytes(p)
		if perr != nil && lost == nil {
			lost = fmt.Errorf("content stream %d of %d: %v", i+1, len(parts), perr)
		}
		if perr == nil || len(data) > 0 {
			raw.Write(data) // an empty stream (a blank page) is read too
			read++
		}
		raw.WriteByte('\n') // streams of an array join at a token boundary
	}
	if read == 0 {
		return lpdf.Value{}, lost, fmt.Errorf("none of the page's %d content streams could be read", len(parts))
	}
	clean, err = streamValue(cleanContent(raw.Bytes()))
	return clean, lost, err
}

// partBytes reads one content stream, a panic in the library's decoding
// turned into an error.
func partBytes(p lpdf.Value) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return streamBytes(p, maxContentBytes)
}

// maxContentBytes bounds one decoded content stream read for cleaning.
const maxContentBytes = 64 << 20

// cleanContent copies a content stream, dropping inline images (each
// leaves a mark drawing nothing, so its place is still noted) and
// repairing the escapes of literal strings.
func cleanContent(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		switch c := data[i]; {
		case c == '%':
			j := i
			for j < len(data) && data[j] != '\n' && data[j] != '\r' {
				j++
			}
			out, i = append(out, data[i:j]...), j
		case c == '(':
			var s []byte
			s, i = cleanString(data, i)
			out = append(out, s...)
		case c == '<' && i+1 < len(data) && data[i+1] == '<':
			out, i = append(out, '<', '<'), i+2
		case c == '<':
			// A hex string left open at the end of the stream sends the
			// library's lexer into an endless loop: close it.
			j := bytes.IndexByte(data[i:], '>')
			if j < 0 {
				out = append(append(out, data[i:]...), '>')
				i = len(data)
				continue
			}
			out, i = append(out, data[i:i+j+1]...), i+j+1
		case c == 'B' && isToken(data, i, "BI"):
			i = skipInlineImage(data, i)
			out = append(out, inlineImageMark...) // where it was drawn (images.go)
		default:
			out, i = append(out, c), i+1
		}
	}
	return out
}

// isToken reports whether data holds the operator tok at i, standing alone.
func isToken(data []byte, i int, tok string) bool {
	if !bytes.HasPrefix(data[i:], []byte(tok)) {
		return false
	}
	before := i == 0 || isSpaceOrDelim(data[i-1])
	after := i+len(tok) == len(data) || isSpaceOrDelim(data[i+len(tok)])
	return before && after
}

func isSpaceOrDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipInlineImage returns the index after the EI that ends the inline image
// starting at i, or len(data) when it never ends.
func skipInlineImage(data []byte, i int) int {
	for j := i + 2; j+2 <= len(data); j++ {
		if data[j] == 'I' && data[j+1] == 'D' && isToken(data, j, "ID") {
			return endOfImageData(data, j+3)
		}
	}
	return len(data)
}

// endOfImageData finds the EI after binary image data starting at i: the
// first "EI" with white space before it and white space (or the end) after.
func endOfImageData(data []byte, i int) int {
	for j := i; j+2 <= len(data); j++ {
		if data[j] == 'E' && data[j+1] == 'I' && j > 0 && isWhite(data[j-1]) &&
			(j+2 == len(data) || isWhite(data[j+2])) {
			return j + 2
		}
	}
	return len(data)
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0
}

// cleanString copies the literal string starting at data[i] == '(' and
// returns it with the index after it. A backslash that escapes nothing is
// dropped and an octal escape over 255 keeps its low byte, as the PDF
// standard reads them; an unclosed string is closed at the end.
func cleanString(data []byte, i int) ([]byte, int) {
	out := []byte{'('}
	depth := 1
	for i++; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\\' && i+1 < len(data):
			i++
			out = appendEscape(out, data, &i)
		case c == '\\':
			// a backslash at the very end escapes nothing
		case c == '(':
			depth++
			out = append(out, c)
		case c == ')':
			depth--
			out = append(out, c)
			if depth == 0 {
				return out, i + 1
			}
		default:
			out = append(out, c)
		}
	}
	for ; depth > 0; depth-- {
		out = append(out, ')')
	}
	return out, i
}

// appendEscape copies the escape whose character is data[*i], leaving *i
// on its last byte.
func appendEscape(out, data []byte, i *int) []byte {
	c := data[*i]
	switch {
	case bytes.IndexByte([]byte("nrtbf()\\\r\n"), c) >= 0:
		return append(out, '\\', c)
	case c >= '0' && c <= '7':
		x, n := 0, 0
		for ; n < 3 && *i+n < len(data) && data[*i+n] >= '0' && data[*i+n] <= '7'; n++ {
			x = x*8 + int(data[*i+n]-'0')
		}
		*i += n - 1
		return fmt.Appendf(out, "\\%03o", x&0xFF)
	}
	return append(out, c)
}
