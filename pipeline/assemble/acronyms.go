package assemble

import (
	"slices"
	"strings"
	"unicode"
)

// Agencies call themselves by initials as often as by name, and a board's
// configuration rarely lists every form: "Wyecombe CAMHS" for "Wyecombe
// Child and Adolescent Mental Health Service", "Northmoor CRC" for
// "Northmoor Community Rehabilitation Company", "HUHFT" for "Hillview
// University Hospital NHS Foundation Trust". acronymTerms derives those
// forms from a name: the initials of all its words, and the first word or
// two kept whole (the place) before the initials of the rest. Initials
// skip the small words agencies leave out of them ("and", "of", "for",
// "the", "NHS" among the words matching ignores). Initials of fewer than
// three letters are not used: two letters name too many things.
func acronymTerms(name string) []string {
	words := acronymWords(name)
	if slices.ContainsFunc(words, startsWithDigit) {
		return nil // "Partner Agency 0001": numbered names have no initials
	}
	var out []string
	for keep := 0; keep <= 2 && keep < len(words); keep++ {
		initials := initialsOf(words[keep:])
		if len([]rune(initials)) < 3 {
			continue
		}
		out = append(out, strings.Join(append(slices.Clone(words[:keep]), initials), " "))
	}
	return out
}

// acronymSkipped are words left out of initials besides those agencyWords
// already drops ("and", "the", "NHS", "Ltd").
var acronymSkipped = map[string]bool{"of": true, "for": true, "in": true}

// acronymWords are the words of a name outside its brackets, as written.
func acronymWords(name string) []string {
	if i := strings.IndexByte(name, '('); i >= 0 {
		name = name[:i]
	}
	var out []string
	for _, w := range agencyWords(name) {
		if !acronymSkipped[w] {
			out = append(out, w)
		}
	}
	return out
}

// initialsOf joins the first letter of each word.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for _, r := range w {
			b.WriteRune(r)
			break
		}
	}
	return b.String()
}

func startsWithDigit(w string) bool {
	for _, r := range w {
		return unicode.IsDigit(r)
	}
	return false
}
