package docx

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// FuzzParagraphText: whatever text a submission holds, document.xml stays
// well-formed and reads back as the text less what XML cannot hold.
func FuzzParagraphText(f *testing.F) {
	for _, s := range []string{"plain", "a\nb\tc", "<&>\"'", "\x00\x01\x0b", "\r\n\r", "\xff\xfe", "]]>", "\ufffe\uffff", "😀 emoji"} {
		f.Add(s)
	}
	rd := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		r := fixture.Small()
		r.Statements[0].Placements[2].Block.(*model.Paragraph).Text = s
		doc, err := rd.DocumentXML(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(doc); err != nil {
			t.Fatalf("document.xml not well-formed for %q: %v", s, err)
		}
		if want := xmlSafe(s); strings.TrimSpace(want) != "" && !slices.Contains(bodyText(t, doc), want) {
			t.Fatalf("%q does not read back as %q", s, want)
		}
	})
}

// xmlSafe is s as the writer keeps it: invalid bytes and characters XML
// refuses dropped, \r\n and lone \r as newlines.
func xmlSafe(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1, !validXMLRune(r):
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
