package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublishedSetWholeOrNothing: the set takes a name none of its files
// has (a stray PDF of an earlier try is not replaced), and when one file
// cannot be written the ones already written are removed.
func TestPublishedSetWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	stem := filepath.Join(dir, "report-published-20261207-150000")
	stray := stem + ".pdf"
	if err := os.WriteFile(stray, []byte("an earlier try"), 0o600); err != nil {
		t.Fatal(err)
	}
	files := []pubFile{{".docx", []byte("doc")}, {".pdf", []byte("pdf")}, {".html", []byte("page")}, {registerExt, []byte("register")}}
	paths, err := writePublished(stem, files)
	if err != nil {
		t.Fatal(err)
	}
	if paths[0] != stem+"-2.docx" || paths[3] != stem+"-2"+registerExt {
		t.Errorf("the set was written as %v, want it beside the stray file under -2", paths)
	}
	if b, _ := os.ReadFile(stray); string(b) != "an earlier try" {
		t.Error("the stray file was replaced")
	}
	bad := append(files[:3:3], pubFile{"." + strings.Repeat("x", 300), []byte("too long a name")})
	if _, err := writePublished(filepath.Join(dir, "second"), bad); err == nil {
		t.Fatal("a file that cannot be written gave no error")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "second*")); len(left) != 0 {
		t.Errorf("a failed set left %v", left)
	}
}
