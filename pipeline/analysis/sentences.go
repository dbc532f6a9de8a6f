package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "etc": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "st": true, "no": true, "vs": true, "cf": true, "approx": true,
}

// sentences splits text at a full stop, question or exclamation mark (or a
// line break) followed by space and a capital, digit or quote, except after
// a common abbreviation. It is for finding figures, not for quoting.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		if r == '\n' || ((r == '.' || r == '!' || r == '?') && endsSentence(text, start, i, next)) {
			if s := strings.TrimSpace(text[start:next]); s != "" {
				out = append(out, s)
			}
			start = next
		}
		i = next
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// endsSentence reports whether the mark at i (ending at next) closes a
// sentence: space follows, then a capital, digit or quote, and the word
// before it is not an abbreviation.
func endsSentence(text string, start, i, next int) bool {
	after := text[next:]
	rest := strings.TrimLeft(after, " \t")
	switch {
	case after == "" || rest == "":
		return true
	case len(rest) == len(after):
		return false // "92.5", "e.g.x": no space, no sentence end
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘(", r) {
		return false
	}
	word := text[start:i]
	if k := strings.LastIndexAny(word, " (\n"); k >= 0 {
		word = word[k+1:]
	}
	return !abbreviations[strings.ToLower(word)]
}

// Sentences is sentences for the draft notes' check, which reads a note a
// sentence at a time the same way the figure analyses read agency text.
func Sentences(text string) []string { return sentences(text) }
