package intake

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func touch(t *testing.T, root, rel, text string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScanSkipsLockAndTempFiles(t *testing.T) {
	root := t.TempDir()
	keep := []string{
		"Northgate Police statement.docx",
		filepath.Join("October", "Westbrook College v2.pdf"),
		filepath.Join("October", "e-mails", "FW_ Hillside Housing.eml"),
		"empty.docx", // empty files are Sniff's to reject, with a reason
	}
	junk := []string{
		"~$rthgate Police statement.docx",
		".~lock.Westbrook College v2.pdf#",
		"upload.tmp", "statement.docx.part", "statement.pdf.crdownload",
		".hidden.docx", filepath.Join(".git", "config"), filepath.Join(".cache", "x.docx"),
		"Thumbs.db", "desktop.ini", filepath.Join("October", "~WRL0001.tmp"),
	}
	for _, rel := range keep {
		text := "x"
		if rel == "empty.docx" {
			text = ""
		}
		touch(t, root, rel, text)
	}
	for _, rel := range junk {
		touch(t, root, rel, "junk")
	}
	files, skipped, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Rel)
		if f.Path != filepath.Join(root, f.Rel) {
			t.Errorf("Path %q does not join root and Rel %q", f.Path, f.Rel)
		}
		if f.ModTime.IsZero() {
			t.Errorf("%s has no ModTime", f.Rel)
		}
	}
	want := slices.Clone(keep)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Scan kept %q\nwant %q", got, want)
	}
	// hidden folders are skipped whole, so .git/config is not listed itself
	if len(skipped) < len(junk)-2 {
		t.Errorf("only %d skipped entries reported: %v", len(skipped), skipped)
	}
	for _, s := range skipped {
		if s.Reason == "" {
			t.Errorf("%s skipped without a reason", s.Path)
		}
	}
}

func TestScanMissingFolder(t *testing.T) {
	_, _, err := Scan(filepath.Join(t.TempDir(), "submissions"))
	if err == nil {
		t.Fatal("no error for a missing folder")
	}
	if !strings.Contains(err.Error(), "paths.submissions") {
		t.Errorf("error does not say what to set: %v", err)
	}
	if !errors.Is(err, ErrNoFolder) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap ErrNoFolder and fs.ErrNotExist", err)
	}
	file := filepath.Join(t.TempDir(), "a.docx")
	touchFile(t, file)
	if _, _, err := Scan(file); !errors.Is(err, ErrNoFolder) {
		t.Errorf("a file as the folder: %v", err)
	}
}

func TestScanNeverWrites(t *testing.T) {
	root := t.TempDir()
	touch(t, root, "a.docx", "x")
	touch(t, root, "~$a.docx", "lock")
	before, _ := os.ReadDir(root)
	if _, _, err := Scan(root); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadDir(root)
	if len(before) != len(after) {
		t.Errorf("Scan changed the folder: %d entries before, %d after", len(before), len(after))
	}
}

func touchFile(t *testing.T, p string) {
	t.Helper()
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
}
