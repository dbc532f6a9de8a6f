package docx

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// pdfText converts a .docx to PDF with LibreOffice and returns its text
// with every run of white space made one space (pdftotext wraps lines).
func pdfText(t *testing.T, docx []byte) string {
	t.Helper()
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: skipping the LibreOffice check (CI installs libreoffice and poppler-utils)", tool)
		}
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "draft.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := fmt.Sprintf("-env:UserInstallation=file:///tmp/lo-renderhelper-%d", os.Getpid())
	defer os.RemoveAll(fmt.Sprintf("/tmp/lo-renderhelper-%d", os.Getpid()))
	out, err := exec.CommandContext(ctx, "soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", dir, in).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "draft.pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice wrote no PDF (it could not open the draft): %s", out)
	}
	text, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(text)), " ")
}

// TestLibreOfficeOpensTheDraft checks the draft opens in LibreOffice and
// shows every agency heading and a sample of blocks, in order.
func TestLibreOfficeOpensTheDraft(t *testing.T) {
	r := fixture.Small()
	r.Statements = append(r.Statements, fixture.Synthetic(3).Statements...)
	for i, s := range r.Statements {
		s.Number = fmt.Sprintf("7.%d", i+1)
	}
	var buf strings.Builder
	if err := New(Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, []byte(buf.String()))
	var want []string
	for _, s := range r.Statements {
		want = append(want, s.Number+" "+s.Agency)
		for i, p := range s.Placements {
			if i%4 == 2 && p.Section != model.SectionUnmapped && !p.IsHeading() {
				if _, table := p.Block.(*model.Table); !table {
					want = append(want, p.Block.PlainText())
				}
			}
		}
	}
	at := 0
	for _, w := range want {
		w = strings.Join(strings.Fields(w), " ")
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("%q not found in the PDF after position %d", w, at)
		}
		at += i + len(w)
	}
	t.Logf("%d headings and blocks found in order", len(want))
}
