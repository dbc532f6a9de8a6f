package provenance

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Marshal (which streams through Write) gives what encoding the whole
// record at once gives, byte for byte.
func TestMarshalIsTheWholeEncoding(t *testing.T) {
	m := Manifest{Generated: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC), Title: `Annual "report" & <more>`}
	for i := 0; i < 300; i++ {
		st := Statement{Agency: fmt.Sprintf("Agency %d & Co", i), Number: fmt.Sprintf("7.%d", i),
			Sources: []Source{{File: fmt.Sprintf("a%d.docx", i), SHA256: "ab"}}}
		for k := 0; k < 20; k++ {
			text := fmt.Sprintf("Paragraph %d <of> %d, with \"quotes\"\tand\nbreaks", k, i)
			st.Entries = append(st.Entries, Entry{ID: fmt.Sprint(k), Kind: KindBlock, Hash: TextHash(text), Text: Normalize(text)})
		}
		m.Statements = append(m.Statements, st)
	}
	body, err := xml.Marshal(&m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if want := append([]byte(xml.Header), body...); !bytes.Equal(got, want) {
		t.Errorf("streamed record differs from the whole encoding")
	}
}

// Normalize returns text that needs no change as it is (no copy), and
// changes exactly what its slow path changes.
func TestNormalizeFastPathAgrees(t *testing.T) {
	for _, s := range []string{"", "plain text", "tab\tand\nline", "café – “quoted” 😀", "cr\r\nlf", "lone\rcr",
		"bad \xff byte", "control \x01 char", "\uFFFE not xml", "\uFFFD replacement", strings.Repeat("é", 100)} {
		slow := normalizeAll(s)
		if got := Normalize(s); got != slow {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, slow)
		}
		if normal(s) != (slow == s) {
			t.Errorf("normal(%q) = %v, but the slow path %s it", s, normal(s), map[bool]string{true: "keeps", false: "changes"}[slow == s])
		}
	}
}
