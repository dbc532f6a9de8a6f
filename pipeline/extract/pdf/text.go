package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinLines joins two wrapped lines of one block. A line ending in a hyphen
// after a letter, followed by a line starting in lower case, is a word
// hyphenated at the line end ("safe-" + "guarding"), so the hyphen goes; a
// soft hyphen always goes.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	last, n := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if last == '\u00ad' {
		return a[:len(a)-n] + b
	}
	if last == '-' && unicode.IsLower(first) {
		prev, _ := utf8.DecodeLastRuneInString(a[:len(a)-n])
		if unicode.IsLetter(prev) {
			return a[:len(a)-n] + b
		}
	}
	return a + " " + b
}

// endsSentence reports whether text ends a sentence (or a heading-like
// clause): a page break after it is a paragraph break.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \"'”’)]")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;", r)
}

// startsLower reports whether text starts with a lower-case letter.
func startsLower(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return unicode.IsLower(r)
}

// isBold reports whether a font name says bold.
func isBold(font string) bool {
	for _, w := range []string{"Bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi"} {
		if strings.Contains(font, w) {
			return true
		}
	}
	return false
}

// wordCount counts space-separated words.
func wordCount(s string) int { return len(strings.Fields(s)) }
