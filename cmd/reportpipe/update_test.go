package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestUpdateTheReviewersDraft: a draft is made, a reviewer edits it (a
// reworded paragraph and a comment, then saved by LibreOffice), Northgate
// Police sends a corrected figure and Westbrook College its late
// statement; update writes the reviewer's copy with those as tracked
// changes and leaves the reviewer's work and file alone.
func TestUpdateTheReviewersDraft(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police statement v1.docx"), statementMD("Northgate Police"))
	writeDocx(t, filepath.Join(subs, "Hillside Housing Association statement.docx"), statementMD("Hillside Housing Association"))
	draft := runToOneDraft(t, dir)
	edited := filepath.Join(t.TempDir(), "board copy.docx")
	writeFile(t, edited, saveInLibreOffice(t, reviewerEdit(t, readFile(t, draft))))

	writeDocx(t, filepath.Join(subs, "Northgate Police statement v2.docx"),
		strings.Replace(statementMD("Northgate Police"), "made 57 referrals", "made 61 referrals", 1))
	writeDocx(t, filepath.Join(subs, "Westbrook College statement.docx"), statementMD("Westbrook College"))
	before := readFile(t, edited)
	out, errOut, code := runCLI(t, dir, "update", edited)
	if code != 0 {
		t.Fatalf("update: exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"Northgate Police: new version: 1 changed", "Westbrook College: new statement", "Hillside Housing Association: unchanged"} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	if !bytes.Equal(readFile(t, edited), before) {
		t.Error("update changed the reviewer's file")
	}
	updated, _ := filepath.Glob(filepath.Join(dir, "output", "*-updated-*.docx"))
	if len(updated) != 1 {
		t.Fatalf("want one updated draft in output/, got %v", updated)
	}
	checkUpdatePage(t, updated[0], out)
	data := readFile(t, updated[0])
	doc := string(zipPart(t, data, "word/document.xml"))
	if !strings.Contains(doc, "Hillside Housing Association serves the borough of Riverside with about 420 staff") {
		t.Error("the reviewer's reworded paragraph is gone")
	}
	if !strings.Contains(string(zipPart(t, data, "word/comments.xml")), "Check these numbers with the agency.") {
		t.Error("the reviewer's comment is gone")
	}
	if !ourChange("del", "57").MatchString(doc) || !ourChange("ins", "61").MatchString(doc) {
		t.Error("the corrected figure is not one tracked deletion of 57 and one insertion of 61 by reportpipe")
	}
	accepted := string(testutil.ResolveChanges([]byte(doc), "reportpipe", true))
	if !strings.Contains(accepted, "Westbrook College serves the borough") || !ourChange("ins", "Westbrook College serves the borough").MatchString(doc) {
		t.Error("the late statement is not inserted as a tracked change")
	}
	if pdf := libreOffice(t, data, "pdf"); len(pdf) == 0 {
		t.Error("LibreOffice cannot convert the updated draft")
	}
}

// ourChange matches a w:ins or w:del by reportpipe whose text starts with text.
func ourChange(kind, text string) *regexp.Regexp {
	elem := "t"
	if kind == "del" {
		elem = "delText"
	}
	return regexp.MustCompile(`<w:` + kind + ` [^>]*w:author="reportpipe"[^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:` + elem + `[^>]*>` + regexp.QuoteMeta(text))
}

func TestUpdateRefusesWhatItCannotMatch(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	statement := filepath.Join(subs, "Northgate Police statement.docx")
	writeDocx(t, statement, statementMD("Northgate Police"))
	cases := []struct{ name, file, says string }{
		{"a Word file reportpipe did not write", statement, "not a reportpipe draft"},
		{"a file that is not there", filepath.Join(dir, "missing.docx"), "cannot be read"},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(t, dir, "update", c.file)
		if code != 2 || !strings.Contains(errOut, c.says) {
			t.Errorf("%s: exit %d, want 2 saying %q:\n%s", c.name, code, c.says, errOut)
		}
	}
	if _, _, code := runCLI(t, dir, "update"); code != 2 {
		t.Errorf("update without a file: exit %d, want 2", code)
	}
	if got, _ := filepath.Glob(filepath.Join(dir, "output", "*-updated-*")); len(got) != 0 {
		t.Errorf("a refused update wrote %v", got)
	}
}

// reviewerEdit rewords Hillside's context paragraph and comments on
// Northgate's, in the draft's own XML, as Word would save them.
func reviewerEdit(t *testing.T, draft []byte) []byte {
	t.Helper()
	doc := string(zipPart(t, draft, "word/document.xml"))
	reworded := strings.Replace(doc, "Hillside Housing Association serves the borough of Riverside with 420 staff",
		"Hillside Housing Association serves the borough of Riverside with about 420 staff", 1)
	at := strings.Index(reworded, "Northgate Police serves the borough")
	run := strings.LastIndex(reworded[:at], "<w:r>")
	end := at + strings.Index(reworded[at:], "</w:r>") + len("</w:r>")
	if reworded == doc || at < 0 || run < 0 {
		t.Fatal("the draft lacks the paragraphs the reviewer edits")
	}
	commented := reworded[:run] + `<w:commentRangeStart w:id="700"/>` + reworded[run:end] +
		`<w:commentRangeEnd w:id="700"/><w:r><w:commentReference w:id="700"/></w:r>` + reworded[end:]
	comments := strings.Replace(string(zipPart(t, draft, "word/comments.xml")), "</w:comments>",
		`<w:comment w:id="700" w:author="Board reviewer" w:date="2026-06-10T09:00:00Z"><w:p><w:r><w:t>Check these numbers with the agency.</w:t></w:r></w:p></w:comment></w:comments>`, 1)
	return replaceParts(t, draft, map[string]string{"word/document.xml": commented, "word/comments.xml": comments})
}

func saveInLibreOffice(t *testing.T, data []byte) []byte { return libreOffice(t, data, "docx") }

// libreOffice converts a .docx with LibreOffice headless, in a profile of
// its own; skips when it is not installed.
func libreOffice(t *testing.T, data []byte, format string) []byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "draft.docx")
	writeFile(t, in, data)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", format, "--outdir", dir, in).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v: %s", err, out)
	}
	return readFile(t, filepath.Join(dir, "draft."+format))
}

func zipPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	b, ok := testutil.ZipPart(t, data, name)
	if !ok {
		t.Fatalf("the DOCX has no %s", name)
	}
	return b
}

// replaceParts rewrites a DOCX with some parts replaced.
func replaceParts(t *testing.T, data []byte, parts map[string]string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if p, ok := parts[f.Name]; ok {
			io.WriteString(w, p)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, rc)
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
