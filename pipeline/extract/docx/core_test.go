package docx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
)

func TestLastSavedFromCoreProperties(t *testing.T) {
	core := xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T09:00:00Z</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-03T14:20:00Z</dcterms:modified></cp:coreProperties>`
	cases := map[string]struct {
		extra [][2]string
		want  time.Time
	}{
		"modified":   {[][2]string{{"docProps/core.xml", core}}, time.Date(2026, 5, 3, 14, 20, 0, 0, time.UTC)},
		"no part":    {nil, time.Time{}},
		"no date":    {[][2]string{{"docProps/core.xml", xmlHead + `<cp:coreProperties xmlns:cp="x"/>`}}, time.Time{}},
		"not a date": {[][2]string{{"docProps/core.xml", xmlHead + `<c><modified>soon</modified></c>`}}, time.Time{}},
		"damaged":    {[][2]string{{"docProps/core.xml", `<c><modified>2026-`}}, time.Time{}},
	}
	for name, c := range cases {
		doc, err := New(extract.DefaultLimits).Extract(context.Background(), docxOf(t, p("", "", "Text."), c.extra...))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !doc.Modified.Equal(c.want) {
			t.Errorf("%s: Modified %v, want %v", name, doc.Modified, c.want)
		}
	}
}

// A DOCX pandoc wrote carries the time it was written, and it is read.
func TestLastSavedFromPandoc(t *testing.T) {
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	dir := t.TempDir()
	src, out := filepath.Join(dir, "statement.md"), filepath.Join(dir, "statement.docx")
	if err := os.WriteFile(src, []byte("# Riverside statement\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := time.Now().Add(-time.Minute)
	if msg, err := exec.Command("pandoc", src, "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Modified.Before(before) || doc.Modified.After(time.Now().Add(time.Minute)) {
		t.Errorf("Modified %v, want about now, when pandoc wrote it", doc.Modified)
	}
}
