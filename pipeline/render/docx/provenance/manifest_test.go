package provenance

import (
	"errors"
	"testing"
	"time"
)

func TestManifestRoundTrip(t *testing.T) {
	m := &Manifest{Generated: time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC), Title: `Annual "Report" & more`, Statements: []Statement{{
		Agency: "Eastgate Housing Trust", Number: "7.1",
		Sources: []Source{{File: "submissions/eastgate <v2>.docx", SHA256: "ab12"}},
		Entries: []Entry{{ID: "rp_1", Kind: KindHeading, Hash: TextHash("7.1 Eastgate Housing Trust")}, {ID: "rp_2", Kind: KindBlock, Section: "context", Hash: "00"}},
	}}}
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Generated.Equal(m.Generated) || got.Title != m.Title || len(got.Statements) != 1 ||
		got.Find("Eastgate Housing Trust") == nil || got.Find("Eastgate Housing Trust").Entries[1] != m.Statements[0].Entries[1] ||
		got.Statements[0].Sources[0] != m.Statements[0].Sources[0] {
		t.Errorf("round trip gave %+v", got)
	}
	if _, err := Parse([]byte(`<draft xmlns="urn:other"/>`)); !errors.Is(err, ErrNotManifest) {
		t.Errorf("a part in another vocabulary: %v, want ErrNotManifest", err)
	}
}

func TestTextHashReadsAsWritten(t *testing.T) {
	if TextHash("a\r\nb\rc") != TextHash("a\nb\nc") {
		t.Error("line ends written as breaks should hash as read back")
	}
	if TextHash("bell\x07 here") != TextHash("bell here") {
		t.Error("characters XML cannot hold are dropped by the writer, so not hashed")
	}
	if TextHash("380 staff") == TextHash("420 staff") {
		t.Error("different texts hash alike")
	}
}
