package analysis

import (
	"strings"
	"unicode"
)

// plainWords are words that say nothing about what an area for development
// is about: function words and the vocabulary every statement uses.
var plainWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or of to in on for with by at from as is are was were be been
		being has have had it its this that these those our we us all every each any new more most other so such
		than then there their they them which who whom will would should could can may must not no
		improve improving improved develop developing developed ensure ensuring introduce increase review reviewing
		strengthen strengthening continue continued work working further better across within embed
		safeguarding children child agency partner partners year years next last team teams staff service
		services practice make use used using through also still being`) {
		plainWords[w] = true
	}
}

// keyStems are the stems of text's words that say what it is about.
func keyStems(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if plainWords[w] || len(w) < 3 {
			continue
		}
		s := stem(w)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// stem is a light stemmer: enough that "reviewed" meets "review" and
// "records" meets "recorded".
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "es") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	}
	return strings.TrimSuffix(w, "e")
}
