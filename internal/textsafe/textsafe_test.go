package textsafe

import (
	"strings"
	"testing"
)

func TestTerminal(t *testing.T) {
	cases := map[string]string{
		"Northgate Police statement.docx": "Northgate Police statement.docx",
		"evil\x1b]0;pwned\x07.docx":       `evil\x1b]0;pwned\x07.docx`,
		"two\nlines\tand\x7f":             `two\x0alines\x09and\x7f`,
		"c1\u009bcsi":                     `c1\x9bcsi`,
		"bad\xffbyte":                     `bad\xffbyte`,
		"Café – “quotes”":                 "Café – “quotes”",
	}
	for in, want := range cases {
		if got := Terminal(in); got != want {
			t.Errorf("Terminal(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Lines("a\n\tb\x1b[2J"); got != "a\n\tb\\x1b[2J" {
		t.Errorf("Lines = %q", got)
	}
}

func TestWriterJoinsSplitCharactersAndEscapesControls(t *testing.T) {
	var out strings.Builder
	w := Writer(&out)
	text := "Statement – “final”\x1b[2J.docx\n"
	for i := 0; i < len(text); i++ { // one byte a write: every character split
		if _, err := w.Write([]byte{text[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if want := "Statement – “final”\\x1b[2J.docx\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
