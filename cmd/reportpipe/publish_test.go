package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublishTheReviewersCopy runs the real binary: a draft, edited by a
// reviewer and saved by LibreOffice, is refused while its comment is open
// (exit 2, the comment listed with its statement, nothing written), then
// published with --drop-comments: the four files, the reviewer's words in
// the Word file, the edits register naming the reworded paragraph, and
// the reviewers' file untouched.
func TestPublishTheReviewersCopy(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police statement.docx"), statementMD("Northgate Police"))
	writeDocx(t, filepath.Join(subs, "Hillside Housing Association statement.docx"), statementMD("Hillside Housing Association"))
	draft := runToOneDraft(t, dir)
	edited := filepath.Join(t.TempDir(), "board copy.docx")
	writeFile(t, edited, saveInLibreOffice(t, reviewerEdit(t, readFile(t, draft))))
	before := readFile(t, edited)

	const allow = "--allow=awaited,unplaced,personal-data" // whatever the example season holds besides
	out, errOut, code := runCLI(t, dir, "publish", edited, allow)
	if code != 2 {
		t.Fatalf("publish with a comment open: exit %d, want 2\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "open comment") || !strings.Contains(errOut, "Northgate Police") || !strings.Contains(errOut, "Board reviewer: \u201cCheck these numbers with the agency.\u201d") {
		t.Errorf("the refusal does not list the open comment where it is:\n%s", errOut)
	}
	if got, _ := filepath.Glob(filepath.Join(dir, "output", "*-published-*")); len(got) != 0 {
		t.Errorf("a refused publish wrote %v", got)
	}

	out, errOut, code = runCLI(t, dir, "publish", edited, allow, "--drop-comments")
	if code != 0 {
		t.Fatalf("publish --drop-comments: exit %d\n%s%s", code, out, errOut)
	}
	if !bytes.Equal(readFile(t, edited), before) {
		t.Error("publish changed the reviewers' file")
	}
	for _, ext := range []string{".docx", ".pdf", ".html", ".edits-register.html"} {
		if got, _ := filepath.Glob(filepath.Join(dir, "output", "*-published-*[0-9]"+ext)); len(got) != 1 {
			t.Errorf("want one published %s, got %v", ext, got)
		}
	}
	for _, want := range []string{"Dropped 1 open comment(s)", "1 paragraph(s) changed, 0 removed, 0 added, in 1 statement(s)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "output", "*-published-*.docx"))
	if len(docs) != 1 {
		t.Fatal("no published .docx")
	}
	doc := string(zipPart(t, readFile(t, docs[0]), "word/document.xml"))
	if !strings.Contains(doc, "with about 420 staff") || strings.Contains(doc, "Source: ") || strings.Contains(doc, "commentReference") {
		t.Error("the published Word file lacks the reviewer's words or keeps review furniture")
	}
	reg := string(readFile(t, strings.TrimSuffix(docs[0], ".docx")+".edits-register.html"))
	if !strings.Contains(reg, "Hillside Housing Association") || !strings.Contains(reg, "<ins>about") {
		t.Errorf("the edits register does not show the reworded paragraph word by word")
	}
}
