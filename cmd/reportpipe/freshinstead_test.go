package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var bookmarkRE = regexp.MustCompile(`<w:bookmark(?:Start|End) [^>]*/>`)

// TestRefusedUpdateWritesAFreshDraft: a Word file reportpipe did not
// write, and a draft whose paragraphs cannot be found any more (its
// bookmarks gone, as when the text is pasted into a new document), are
// refused in plain words with exit 2, and a normal new draft set is
// written instead and named, so the reviewers still get the current
// statements.
func TestRefusedUpdateWritesAFreshDraft(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	statement := filepath.Join(subs, "Northgate Police statement.docx")
	writeDocx(t, statement, statementMD("Northgate Police"))
	draft := runToOneDraft(t, dir)
	drafts := []string{draft}
	doc := string(zipPart(t, readFile(t, draft), "word/document.xml"))
	pasted := filepath.Join(t.TempDir(), "pasted copy.docx")
	writeFile(t, pasted, replaceParts(t, readFile(t, draft), map[string]string{"word/document.xml": bookmarkRE.ReplaceAllString(doc, "")}))

	cases := []struct{ name, file, says string }{
		{"a Word file reportpipe did not write", statement, "it is not a reportpipe draft"},
		{"a draft whose paragraphs are gone", pasted, "its statements cannot be matched"},
	}
	for _, c := range cases {
		before := drafts
		out, errOut, code := runCLI(t, dir, "update", c.file)
		drafts, _ = filepath.Glob(filepath.Join(dir, "output", "*-draft-*.docx"))
		if code != 2 || !strings.Contains(errOut, c.file+" cannot be updated: "+c.says) {
			t.Errorf("%s: exit %d, want 2 saying %q:\n%s", c.name, code, c.says, errOut)
		}
		fresh := newPaths(before, drafts)
		if len(fresh) != 1 {
			t.Errorf("%s: want one fresh draft written, got %v", c.name, fresh)
			continue
		}
		if want := "so a fresh draft was written instead: " + fresh[0] + ". Carry your edits over by hand this once"; !strings.Contains(errOut, want) {
			t.Errorf("%s: the message does not name the fresh draft (%q):\n%s", c.name, want, errOut)
		}
		stem := strings.TrimSuffix(fresh[0], ".docx")
		for _, ext := range []string{".html", ".md", ".json"} {
			if _, err := os.Stat(stem + ext); err != nil {
				t.Errorf("%s: the fresh set lacks %s: %v", c.name, ext, err)
			}
		}
		if !strings.Contains(out, "Compiled 1 statement(s).") || !strings.Contains(out, fresh[0]) {
			t.Errorf("%s: the run summary of the fresh draft is not printed:\n%s", c.name, out)
		}
	}
	if got, _ := filepath.Glob(filepath.Join(dir, "output", "*-updated-*")); len(got) != 0 {
		t.Errorf("a refused update wrote an updated draft %v", got)
	}
}

// newPaths are the paths in after that are not in before.
func newPaths(before, after []string) []string {
	var out []string
	for _, p := range after {
		if !strings.Contains(strings.Join(before, "\x00")+"\x00", p+"\x00") {
			out = append(out, p)
		}
	}
	return out
}
