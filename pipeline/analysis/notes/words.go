package notes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a sentence as written (possessive ending gone) with
// its stem, so "inspections" and "inspection", "trained" and "training",
// "agency's" and "agencies" compare equal.
type word struct {
	Text string
	Stem string
}

// splitWords cuts text into runs of letters (an apostrophe inside a word
// stays: "child's"); digits, hyphens and punctuation separate words, so
// "e-learning" gives "e" and "learning".
func splitWords(text string) []word {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	out := make([]word, 0, len(fields))
	for _, f := range fields {
		f = strings.Trim(f, "'’")
		for _, end := range []string{"'s", "’s"} {
			f = strings.TrimSuffix(f, end)
		}
		if f != "" {
			out = append(out, word{Text: f, Stem: stem(f)})
		}
	}
	return out
}

// stem folds case and strips the commonest English endings. It is not a
// linguist's stemmer: it need only map the forms a note and an agency's
// text are likely to use of one word to the same key.
func stem(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
		w = w[:len(w)-1]
	}
	for _, end := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, end) && len(w)-len(end) >= 3 {
			w = w[:len(w)-len(end)]
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}

// capitalised reports whether w is written as a name or an acronym: an
// upper-case first letter ("Ofsted", "Prevent") or all capitals ("CSE").
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym reports whether w is two or more capitals ("CSE", "MASH"), which
// is a term even at the start of a sentence.
func acronym(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
