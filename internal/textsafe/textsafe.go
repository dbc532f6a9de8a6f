// Package textsafe makes text from submissions safe to show: file names
// and agency text may hold control characters (ESC, BEL) that would clear
// a terminal, retitle its window or hide text when printed raw.
package textsafe

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Lines returns s with every control character but newline and tab shown
// escaped, as Go writes it ("\x1b", "\a" as "\x07"), so printing it
// changes nothing on the screen but the text. Bytes that are not UTF-8 are
// kept, but for those a terminal could read as a C1 control.
func Lines(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1 && s[i] >= 0x80 && s[i] < 0xa0:
			escape(&b, rune(s[i]))
		case r == utf8.RuneError && n == 1:
			b.WriteByte(s[i])
		case r != '\n' && r != '\t' && isControl(r), isBidi(r):
			escape(&b, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func clean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || isControl(r) && r != '\n' && r != '\t' || isBidi(r) {
			return false
		}
	}
	return true
}

// isBidi: the bidirectional embedding, override and isolate controls
// (U+202A to U+202E, U+2066 to U+2069), which reorder what follows them on
// screen: "\u202Efdp.exe" shows as "exe.pdf". The marks (U+200E, U+200F)
// only nudge neutral characters and are kept.
func isBidi(r rune) bool { return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 }

// Name returns a file name safe to show on one line of any output
// (terminal, HTML, Markdown, Word): every control character escaped,
// newline and tab included, so a name cannot start a line of its own
// ("Wrote: ..."), and the bidirectional controls escaped, so it reads in
// the order its characters are in.
func Name(s string) string {
	s = Lines(s)
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return strings.NewReplacer("\n", `\x0a`, "\t", `\x09`).Replace(s)
}

// isControl: C0 controls, DEL and the C1 controls (U+0080 to U+009F),
// which some terminals also obey.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 }

// escape writes a control character: a C0 one as \xNN, DEL and the C1
// ones as \u00NN. The latter because JSON output carries those raw (its
// encoder escapes only C0), and \u00NN is the same character to a JSON
// reader, where \xNN would make the JSON invalid.
func escape(b *strings.Builder, r rune) {
	if r < 0x20 {
		fmt.Fprintf(b, `\x%02x`, r)
		return
	}
	fmt.Fprintf(b, `\u%04x`, r)
}
