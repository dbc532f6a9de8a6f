// Package testutil helps tests find the repository and the shared corpus.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot returns the folder holding go.mod, walking up from the test's
// working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// CorpusDir returns ../shared/corpus beside the repository, or skips the
// test with a clear message when it is absent (a clone without shared/).
func CorpusDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(RepoRoot(t)), "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "submissions")); err != nil {
		t.Skipf("shared corpus not found at %s: skipping the corpus test (it runs where ../shared exists)", dir)
	}
	return dir
}
