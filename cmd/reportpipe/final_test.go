package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// runFinal runs "reportpipe run --final" over the examples and returns
// stdout, the decoded JSON and the paths of the draft and the final DOCX.
func runFinal(t *testing.T, cfg string) (string, reportJSON, string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "output")
	stdout, stderr, code := runCLI(t, t.TempDir(), "run", "--final", "--config", cfg, "--submissions", examplesDir(t), "--output", out)
	if code != 0 {
		t.Fatalf("run --final exit %d\n%s\n%s", code, stdout, stderr)
	}
	finals, _ := filepath.Glob(filepath.Join(out, "*-draft-*.final.docx"))
	drafts, _ := filepath.Glob(filepath.Join(out, "*-draft-*[0-9].docx"))
	jsons, _ := filepath.Glob(filepath.Join(out, "*-draft-*.json"))
	if len(finals) != 1 || len(drafts) != 1 || len(jsons) != 1 {
		t.Fatalf("want one final, one draft DOCX and one JSON, got %v %v %v", finals, drafts, jsons)
	}
	rep := readJSON[reportJSON](t, jsons[0])
	latest, err := os.ReadFile(filepath.Join(out, "latest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var l struct{ Files map[string]string }
	if err := json.Unmarshal(latest, &l); err != nil || l.Files["docx"] != filepath.Base(drafts[0]) || l.Files["final.docx"] != filepath.Base(finals[0]) {
		t.Errorf("latest.json names %v: want the draft as docx and the version to publish as final.docx", l.Files)
	}
	return stdout, rep, drafts[0], finals[0]
}

// docxParts reads the parts of a .docx by name.
func docxParts(t *testing.T, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts
}

// TestRunFinalWritesTheVersionToPublish: the version to publish has no
// comments, source lines, files appendix, reviewers' analyses or draft
// header; it holds every block of every used submission exactly once (the
// conservation check); the run lists the personal data still to check.
func TestRunFinalWritesTheVersionToPublish(t *testing.T) {
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	stdout, rep, draft, final := runFinal(t, cfg)
	parts := docxParts(t, final)
	if _, ok := parts["word/comments.xml"]; ok {
		t.Error("the final version has word/comments.xml")
	}
	for name, body := range parts {
		if strings.Contains(body, "w:comment") || strings.Contains(body, "comments.xml") {
			t.Errorf("%s of the final version refers to comments", name)
		}
	}
	if strings.Contains(parts["word/header1.xml"], "DRAFT") {
		t.Error("the final version's header says DRAFT")
	}
	if _, ok := docxParts(t, draft)["word/comments.xml"]; !ok {
		t.Error("the draft lost its comments: review furniture must stay in the draft")
	}
	doc := parts["word/document.xml"]
	for _, gone := range []string{"Source: ", "Appendix: submissions not used", "Rejected files", "Before publication: possible personal data", "Draft generated"} {
		if strings.Contains(doc, gone) {
			t.Errorf("the final version still holds %q", gone)
		}
	}
	want := sourceBlocks(t, cfg, rep)
	if len(want) < 20 {
		t.Fatalf("only %d content blocks in the used submissions", len(want))
	}
	got := draftBodyBlocks(t, final)
	for text, n := range want {
		if got[text] != n {
			t.Errorf("the final version holds %d copies of a block the sources hold %d times: %q", got[text], n, preview(text, 80))
		}
	}
	if !strings.Contains(stdout, "Before publication: 2 possible item(s) of personal data are not resolved") ||
		!strings.Contains(stdout, "Westbrook College (Key Areas for Development): possible personal data (email)") {
		t.Errorf("run --final does not list the personal data to check:\n%s", stdout)
	}
	checkOpensInLibreOffice(t, final, "7.4 Hillside Housing Association")
}

// checkOpensInLibreOffice checks the tagged PDF the run made of the
// version to publish with LibreOffice (skipping when it or pdftotext is
// absent): it is tagged, shows want, and no draft marks.
func checkOpensInLibreOffice(t *testing.T, path, want string) {
	t.Helper()
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: skipping the LibreOffice check", tool)
		}
	}
	pdf := strings.TrimSuffix(path, ".docx") + ".pdf"
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatalf("run --final wrote no PDF of the version to publish: %v", err)
	}
	if !bytes.Contains(data, []byte("/StructTreeRoot")) || !bytes.Contains(data, []byte("/MarkInfo")) {
		t.Error("the PDF of the version to publish is not tagged")
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the PDF of the final version: %v", err)
	}
	if !bytes.Contains(text, []byte(want)) || bytes.Contains(text, []byte("DRAFT for review")) {
		t.Errorf("the final version's PDF lacks %q or says DRAFT:\n%.600s", want, text)
	}
	checkContentsPage(t, strings.Split(string(text), "\f"), want)
}

// checkContentsPage: the contents (page 2) gives the heading's page
// number, and that page holds the heading as a line of its own.
func checkContentsPage(t *testing.T, pages []string, heading string) {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(heading) + `[. ]*(\d+)\s*\n`).FindStringSubmatch(pages[1])
	if m == nil {
		t.Fatalf("the contents gives no page number for %q:\n%s", heading, pages[1])
	}
	n, _ := strconv.Atoi(m[1])
	if n < 3 || n > len(pages) || !regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(heading)+`$`).MatchString(pages[n-1]) {
		t.Errorf("the contents puts %q on page %s, which does not hold it", heading, m[1])
	}
}
