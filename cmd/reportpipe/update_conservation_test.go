package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestUpdateConservesEveryBlock: a draft of the examples made before
// Hillside's second version and Westbrook's statement arrived, updated
// once they have, holds after accepting every change each block of every
// current statement exactly once, as a fresh run's draft does.
func TestUpdateConservesEveryBlock(t *testing.T) {
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	subs := examplesDir(t)
	held := t.TempDir()
	late := []string{"Hillside Housing statement v2 - updated figures.docx", "Westbrook College annual statement.odt"}
	for _, f := range late {
		if err := os.Rename(filepath.Join(subs, f), filepath.Join(held, f)); err != nil {
			t.Fatal(err)
		}
	}
	_, draft := runDraft(t, cfg, subs)
	for _, f := range late {
		if err := os.Rename(filepath.Join(held, f), filepath.Join(subs, f)); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Dir(draft)
	if stdout, stderr, code := runCLI(t, t.TempDir(), "update", "--config", cfg, "--submissions", subs, "--output", out, draft); code != 0 {
		t.Fatalf("update: exit %d\n%s%s", code, stdout, stderr)
	}
	updated, _ := filepath.Glob(filepath.Join(out, "*-updated-*.docx"))
	if len(updated) != 1 {
		t.Fatalf("want one updated draft, got %v", updated)
	}
	data := readFile(t, updated[0])
	accepted := testutil.ResolveChanges(zipPart(t, data, "word/document.xml"), "reportpipe", true)
	path := filepath.Join(t.TempDir(), "accepted.docx")
	writeFile(t, path, replaceParts(t, data, map[string]string{"word/document.xml": string(accepted)}))
	inDOCX := draftBodyBlocks(t, path)

	rep, _ := runDraft(t, cfg, subs)
	want := sourceBlocks(t, cfg, rep)
	if len(rep.Statements) != 4 || len(want) == 0 {
		t.Fatalf("want the 4 example statements, got %d", len(rep.Statements))
	}
	for text, n := range want {
		if inDOCX[text] != n {
			t.Errorf("the updated draft, all changes accepted, holds %d copies of a block the sources hold %d times: %q", inDOCX[text], n, preview(text, 80))
		}
	}
}
