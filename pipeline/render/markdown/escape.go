package markdown

import (
	"strings"
)

// inlineEscaper backslash-escapes what Markdown reads as inline markup,
// raw HTML or a character reference anywhere in a line: "&lt;" would show
// as "<" and "&amp;" as "&", so every "&" is escaped and the agency's
// words show as written. "~", "^" and "$" are strikeout, sub- and
// superscript and maths in the extended dialects (GitHub's, pandoc's).
// CommonMark allows a backslash before any ASCII punctuation, so escaping
// one more than needed never shows.
var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`,
	`&`, `\&`, `~`, `\~`, `^`, `\^`, `$`, `\$`,
)

// line escapes one line of agency text so it renders as itself: inline
// markup everywhere, and block markers (#, >, -, +, =, |, ~, "1.") at the
// start of the line.
func line(s string) string {
	s = inlineEscaper.Replace(dropControls(s))
	i := len(s) - len(strings.TrimLeft(s, " \t"))
	rest := s[i:]
	if rest == "" {
		return s
	}
	switch rest[0] {
	case '#', '>', '-', '+', '=', '|', '~':
		return s[:i] + `\` + rest
	}
	// An ordered-list marker: digits, then '.' or ')', then a space or the end.
	j := 0
	for j < len(rest) && j < 9 && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j > 0 && j < len(rest) && (rest[j] == '.' || rest[j] == ')') &&
		(j+1 == len(rest) || rest[j+1] == ' ' || rest[j+1] == '\t') {
		return s[:i] + rest[:j] + `\` + rest[j:]
	}
	return s
}

// text escapes multi-line text; explicit line breaks become Markdown hard
// breaks (a backslash at the end of the line), continued with indent.
func text(s, indent string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = line(l)
	}
	return strings.Join(lines, "\\\n"+indent)
}

// cell escapes a table cell: pipes, and newlines as <br> (a pipe table row
// is one line).
func cell(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = inlineEscaper.Replace(dropControls(s))
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// dropControls leaves out control characters (ESC, BEL, ...) but tab and
// newline, as the Word draft does: they are never meant as text, and a
// Markdown file printed to a terminal would obey them.
func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}
