package testutil

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag of every test package with golden files.
var update = flag.Bool("update", false, "rewrite the golden files from the current output (inputs are never rewritten)")

// Golden compares got with the golden file at path; with -update it first
// rewrites the file from got. Review the diff before committing an update.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (run go test -update if the change is right, and review the diff):\n--- got\n%s--- want\n%s", path, got, want)
	}
}
