package intake

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestConvertDOC converts the .doc LibreOffice made from a pandoc DOCX back
// to .docx, and checks the statement's text survived the round trip.
func TestConvertDOC(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice not on PATH: the conversion is not available here")
	}
	doc := readSniffFixture(t, "statement.doc")
	if f, _ := Sniff("statement.doc", doc); f != model.FormatDOC {
		t.Fatalf("fixture sniffs as %q", f)
	}
	out, err := ConvertDOC(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if f, err := Sniff("converted.docx", out); f != model.FormatDOCX || err != nil {
		t.Fatalf("converted file sniffs as %q, %v", f, err)
	}
	body := docxBody(t, out)
	for _, want := range []string{"Riverside Community Health Trust", "Agency Context", "School nursing in 31 schools", "Referrals"} {
		if !strings.Contains(body, want) {
			t.Errorf("converted document lacks %q", want)
		}
	}
}

func TestConvertDOCRejects(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err == nil {
		// LibreOffice would read this as plain text and "convert" it.
		_, err := ConvertDOC(context.Background(), []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not really a document"))
		checkIntakeReject(t, err, model.ErrLegacyDoc, "not a Word 97-2003 file inside")
		_, err = ConvertDOC(context.Background(), oleWith("Workbook"))
		checkIntakeReject(t, err, model.ErrLegacyDoc, "not a Word 97-2003 file inside")
	}
	t.Run("without soffice", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := ConvertDOC(context.Background(), readSniffFixture(t, "statement.doc"))
		checkIntakeReject(t, err, model.ErrLegacyDoc, "LibreOffice is not installed")
	})
}

// docxBody returns word/document.xml of a DOCX.
func docxBody(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
