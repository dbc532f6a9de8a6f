package provenance

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Normalize is the text a paragraph holds once written and read back: the
// writer drops characters XML cannot hold and writes "\r\n" and "\r" as a
// line break, which reads back as "\n". Hashing the normalised text lets
// the reader compare what it finds with what was written.
func Normalize(s string) string {
	if normal(s) {
		return s // most text: no copy, so the record shares the report's text
	}
	return normalizeAll(s)
}

func normalizeAll(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 || !xmlRune(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// normal reports whether Normalize would leave s as it is: no "\r", no
// byte that is not UTF-8 and no character XML cannot hold.
func normal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf || c == '\t' || c == '\n' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !xmlRune(r) {
			return false
		}
		i += size
	}
	return true
}

func xmlRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// TextHash is the hash recorded for a paragraph's text: 16 bytes of
// SHA-256 of the normalised text, enough to tell an edit from none.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(Normalize(text)))
	return hex.EncodeToString(sum[:16])
}
