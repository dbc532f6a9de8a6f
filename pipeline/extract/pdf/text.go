package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinLines joins two wrapped lines of one block. The text stays as sent:
// a line ending in a hyphen keeps it ("multi-" + "agency" is
// "multi-agency"), since a reader cannot tell a compound's hyphen from one a
// layout engine added; only a hyphen the PDF marks as soft (U+00AD, which
// the font decoder also gives for the soft-hyphen code of a Latin font)
// goes, joining the word it split.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	last, n := utf8.DecodeLastRuneInString(a)
	if last == softHyphen {
		return a[:len(a)-n] + b
	}
	if last == '-' || last == '\u2010' {
		prev, _ := utf8.DecodeLastRuneInString(a[:len(a)-n])
		if unicode.IsLetter(prev) || unicode.IsDigit(prev) {
			return a + b // a hyphen at the end of a wrapped line joins
		}
	}
	return a + " " + b
}

// softHyphen marks where a word may break: shown only at a line end, and
// never part of the text.
const softHyphen = '\u00ad'

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
