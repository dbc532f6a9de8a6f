package layout

import (
	"strings"
	"unicode"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TitleLines are the statement's title lines (its first line, and a
// subtitle) that say more than the agency heading does, verbatim and whole:
// "Riverside Trust - Partner Agency Annual Statement" under the heading
// "7.1 Riverside Trust". Renderers write them under the agency heading, so
// no word of a submission is lost; a title whose every word the heading
// already holds ("Riverside Trust") is left out, the heading stands for it.
func TitleLines(s *model.Statement) []string {
	heading := map[string]bool{}
	for _, w := range titleWords(AgencyHeading(s)) {
		heading[w] = true
	}
	var out []string
	for _, p := range s.Placements {
		if p.Role != model.RoleTitle || p.Block == nil {
			continue
		}
		text := strings.TrimSpace(p.Block.PlainText())
		for _, w := range titleWords(text) {
			if !heading[w] {
				out = append(out, text)
				break
			}
		}
	}
	return out
}

// titleWords are the lower-case words of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
