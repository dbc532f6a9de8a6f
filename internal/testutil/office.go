package testutil

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
)

// OfficeConvert saves data (a .docx) through LibreOffice headless, in a
// profile of its own, and returns the file it writes in format ("docx"
// for a round trip as a reviewer's save, "pdf"); the test skips without
// LibreOffice.
func OfficeConvert(t testing.TB, data []byte, format string) []byte {
	t.Helper()
	return officeConvertTo(t, data, format, format)
}

// officeConvertTo is OfficeConvert with LibreOffice's --convert-to
// argument (a format, with its filter and options) apart from the
// extension of the file it writes.
func officeConvertTo(t testing.TB, data []byte, to, ext string) []byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "draft.docx")
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := office.Convert(context.Background(), in, to, dir, filepath.Join(dir, "profile"), 3*time.Minute); err != nil {
		t.Fatalf("soffice: %v", err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "draft."+ext))
	if err != nil {
		t.Fatalf("LibreOffice wrote no %s (it could not open the file)", ext)
	}
	return got
}
