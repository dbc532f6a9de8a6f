package render

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestPublishNewNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	stem := filepath.Join(dir, "report-updated")
	first, err := PublishNew(stem, ".docx", []byte("one"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := PublishNew(stem, ".docx", []byte("two"))
	if err != nil {
		t.Fatal(err)
	}
	if first != stem+".docx" || second != stem+"-2.docx" {
		t.Fatalf("names = %s, %s; want the stem, then -2", first, second)
	}
	if got, _ := os.ReadFile(first); string(got) != "one" {
		t.Errorf("the first file was replaced: %q", got)
	}
	assertNoTemporaries(t, dir)
}

func TestPublishAsRefusesATakenName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	if err := PublishAs(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := PublishAs(path, []byte("second")); !errors.Is(err, os.ErrExist) {
		t.Fatalf("second PublishAs = %v, want os.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("replaced: %q", got)
	}
	assertNoTemporaries(t, dir)
}

func TestReplaceFileReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chase.eml")
	for _, body := range []string{"old message", "new"} {
		if err := ReplaceFile(path, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("content = %q, want the new one", got)
	}
	assertNoTemporaries(t, dir)
}

func TestStagedTemporariesAreLeftovers(t *testing.T) {
	dir := t.TempDir()
	left := filepath.Join(dir, ".reportpipe-123.docx.tmp")
	if err := os.WriteFile(left, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	removed, err := removeLeftovers(dir)
	if err != nil || len(removed) != 1 {
		t.Fatalf("removeLeftovers = %v, %v; want the staged temporary removed", removed, err)
	}
}

func assertNoTemporaries(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if isOwnTemp(e.Name()) {
			t.Errorf("temporary left behind: %s", e.Name())
		}
	}
}
