package textsafe

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	cases := map[string]string{
		"Northgate Police statement.docx": "Northgate Police statement.docx",
		"evil\x1b]0;pwned\x07.docx":       `evil\x1b]0;pwned\x07.docx`,
		"two\nlines\tand\x7f":             "two\nlines\tand\\u007f",
		"c1\u009bcsi":                     `c1\u009bcsi`,
		"lone C1 byte \x9b":               `lone C1 byte \u009b`,
		"bad\xffbyte":                     "bad\xffbyte",
		"Café – “quotes”":                 "Café – “quotes”",
		"a\n\tb\x1b[2J":                   "a\n\tb\\x1b[2J",
	}
	for in, want := range cases {
		if got := Lines(in); got != want {
			t.Errorf("Lines(%q) = %q, want %q", in, got, want)
		}
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

// JSON printed through the writer stays valid and means the same: its
// encoder leaves DEL and C1 controls raw, and they come out as \u escapes.
func TestWriterKeepsJSONValid(t *testing.T) {
	in := map[string]string{"text": "quote\u0094d\x7f and \x1b[2J"}
	var out strings.Builder
	if err := json.NewEncoder(Writer(&out)).Encode(in); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal([]byte(out.String()), &back); err != nil || back["text"] != in["text"] {
		t.Errorf("JSON through the writer %q: %v, read back %q", out.String(), err, back)
	}
	if strings.ContainsAny(out.String(), "\u0094\x7f\x1b") {
		t.Errorf("a control character reached the output raw: %q", out.String())
	}
}

// A name cannot make a line of its own nor reverse what follows it, on any
// output: newline, tab and the bidi overrides and isolates are escaped.
func TestNameEscapesNewlinesAndBidiControls(t *testing.T) {
	cases := map[string]string{
		"Riverside\nWrote: fake.docx":   `Riverside\x0aWrote: fake.docx`,
		"North\tgate.pdf":               `North\x09gate.pdf`,
		"statement\u202Efdp.exe":        `statement\u202efdp.exe`,
		"a\u2066b\u2069.docx":           `a\u2066b\u2069.docx`,
		"Eastfield \u200Fmark.docx":     "Eastfield \u200Fmark.docx",
		"plain Riverside statement.pdf": "plain Riverside statement.pdf",
	}
	for in, want := range cases {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Lines("a\u202Eb\nc"); got != "a\\u202eb\nc" {
		t.Errorf("Lines keeps newlines but must escape a bidi override: %q", got)
	}
}
