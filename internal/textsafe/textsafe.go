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
		case r != '\n' && r != '\t' && isControl(r):
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
		if r == utf8.RuneError || isControl(r) && r != '\n' && r != '\t' {
			return false
		}
	}
	return true
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
