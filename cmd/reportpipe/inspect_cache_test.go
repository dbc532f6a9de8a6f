package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
	"github.com/reportpipe/reportpipe/internal/testutil"
)

// inspect of one file in a workspace answers superseded_by from the cache
// and quick reads: it starts no LibreOffice for another file's .doc and no
// OCR for another file's scan. Programs of those names that log their calls
// stand on PATH in front of the real ones; inspecting the .doc itself
// shows they are the ones found.
func TestInspectInWorkspaceConvertsAndOCRsNothingElse(t *testing.T) {
	ws, calls, env := fakeSlowWorkspace(t)
	v1 := filepath.Join(ws, "submissions", "Hillside Housing statement v1.docx")
	out, errOut, code := runCLIEnv(t, ws, env, "inspect", "--json", v1)
	if code != 0 {
		t.Fatalf("inspect: exit %d %s", code, errOut)
	}
	if got := decodeLines(t, out); len(got) != 1 || !strings.Contains(got[0].SupersededBy, "Hillside Housing statement v2 - updated figures.docx") {
		t.Errorf("inspect of v1 lost its superseded_by:\n%s", out)
	}
	if log, err := os.ReadFile(calls); err == nil {
		t.Errorf("inspect of one file started slow work on others:\n%s", log)
	}
	for file, prog := range map[string]string{"Old Mill statement.doc": "soffice", "Brookvale scan.pdf": "pdftoppm"} {
		if _, _, code := runCLIEnv(t, ws, env, "inspect", filepath.Join(ws, "submissions", file)); code == 0 {
			t.Errorf("the fake %s did nothing, yet inspect of %s succeeded", prog, file)
		}
		if log, err := os.ReadFile(calls); err != nil || !strings.Contains(string(log), prog) {
			t.Errorf("inspect of %s itself did not start (the fake) %s: %q %v", file, prog, log, err)
		}
	}
}

// fakeSlowWorkspace is a workspace of two versions of one statement, a .doc
// and a PDF without text, with soffice, pdftoppm and tesseract on PATH
// replaced by scripts that append their name to calls and fail.
func fakeSlowWorkspace(t *testing.T) (ws, calls string, env []string) {
	t.Helper()
	root := testutil.RepoRoot(t)
	ws = t.TempDir()
	subs := filepath.Join(ws, "submissions")
	if err := os.MkdirAll(subs, 0o755); err != nil {
		t.Fatal(err)
	}
	for from, to := range map[string]string{
		"submissions/Hillside Housing statement v1.docx":                   "Hillside Housing statement v1.docx",
		"submissions/Hillside Housing statement v2 - updated figures.docx": "Hillside Housing statement v2 - updated figures.docx",
		"pipeline/intake/testdata/sniff/statement.doc":                     "Old Mill statement.doc",
	} {
		data, err := os.ReadFile(filepath.Join(root, from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(subs, to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(subs, "Brookvale scan.pdf"), blankPDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := "paths:\n  submissions: submissions\n  output: output\nagencies:\n  - name: Hillside Housing\n"
	if err := os.WriteFile(filepath.Join(ws, "reportpipe.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(ws, "fakebin")
	calls = filepath.Join(ws, "calls.log")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"soffice", "pdftoppm", "tesseract"} {
		script := fmt.Sprintf("#!/bin/sh\necho %s >> '%s'\nexit 1\n", name, calls)
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env = []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH")}
	return ws, calls, env
}

// blankPDF is a one-page PDF with no text at all, as a scan reads to a
// program that does not look at its pictures: OCR would be tried on it.
func blankPDF() []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		"<< /Length 0 >>\nstream\n\nendstream"}
	return pdfobj.File(objs...)
}
