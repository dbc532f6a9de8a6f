package pdf

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Bullet glyphs: the first set is never ordinary text at a line start; the
// second ("-", "–", "o") can be, so it counts only on an indented line.
const (
	sureBullets  = "•▪◦·●○■□►▸‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
	maybeBullets = "-–o"
)

var numberOnlyRe = lazy.Re(`^\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]$`)

var numberedRe = lazy.Re(`^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S`)

// listMarker splits a list marker off text: the marker, the rest, whether it
// is numbered. indented says whether the line starts right of the body
// margin, which the ambiguous markers need.
func listMarker(text string, indented bool) (marker, rest string, ordered, ok bool) {
	fields := strings.SplitN(text, " ", 2)
	if len(fields) < 2 || strings.TrimSpace(fields[1]) == "" {
		return "", "", false, false
	}
	m, rest := fields[0], strings.TrimSpace(fields[1])
	r := []rune(m)
	if len(r) == 1 && strings.ContainsRune(sureBullets, r[0]) {
		return m, rest, false, true
	}
	if len(r) == 1 && strings.ContainsRune(maybeBullets, r[0]) && indented {
		return m, rest, false, true
	}
	if indented && numberedRe.Get().MatchString(text) {
		return m, rest, true, true
	}
	return "", "", false, false
}

// isListLine reports whether l starts with a bullet glyph, so that its first
// fragment (the glyph before a tab) is not taken for a table column.
func isListLine(l *line) bool {
	if len(l.Frags) == 0 {
		return false
	}
	first := strings.TrimSpace(l.Frags[0].Text)
	r := []rune(first)
	return len(r) == 1 && strings.ContainsRune(sureBullets+maybeBullets, r[0]) || numberOnlyRe.Get().MatchString(first)
}
