package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A rebuild says what changed since the last build (the statement that
// arrived, the agency no longer missing) and what it read anew, instead of
// the whole summary again; the file already read comes from the cache.
func TestWatchRebuildPrintsWhatChanged(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	out := startWatchCLI(t, dir)
	waitUntil(t, "the first build's summary", func() bool { return strings.Contains(out.String(), "from the cache.\n") })
	if first := out.String(); !strings.Contains(first, "Compiled 1 statement(s)") || !strings.Contains(first, "Read 1 document(s) anew, 0 from the cache.") {
		t.Fatalf("the first build must print the whole summary and what it read:\n%s", first)
	}
	made := filepath.Join(t.TempDir(), "Westbrook College statement.docx") // made whole elsewhere, then moved in
	writeDocx(t, made, statementMD("Westbrook College"))
	if err := os.Rename(made, filepath.Join(subs, filepath.Base(made))); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the rebuild's changes", func() bool {
		_, rebuild, _ := strings.Cut(out.String(), "Since the last build:")
		return strings.Contains(rebuild, "from the cache.\n")
	})
	_, rebuild, _ := strings.Cut(out.String(), "rebuilding")
	for _, want := range []string{"  + Statement: Westbrook College (Westbrook College statement.docx)",
		"  - Missing: Westbrook College (no longer)", "Read 1 document(s) anew, 1 from the cache."} {
		if !strings.Contains(rebuild, want) {
			t.Errorf("the rebuild does not say %q:\n%s", want, rebuild)
		}
	}
	if strings.Contains(rebuild, "Compiled 2 statement(s)") || strings.Contains(rebuild, "Statement: Northgate Police") {
		t.Errorf("the rebuild printed the whole summary again:\n%s", rebuild)
	}
}
