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
	files, skipped, err := Scan(root, ScanOptions{})
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
	_, _, err := Scan(filepath.Join(t.TempDir(), "submissions"), ScanOptions{})
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
	if _, _, err := Scan(file, ScanOptions{}); !errors.Is(err, ErrNoFolder) {
		t.Errorf("a file as the folder: %v", err)
	}
}

func TestScanNeverWrites(t *testing.T) {
	root := t.TempDir()
	touch(t, root, "a.docx", "x")
	touch(t, root, "~$a.docx", "lock")
	before, _ := os.ReadDir(root)
	if _, _, err := Scan(root, ScanOptions{}); err != nil {
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

// Links: one inside the folder is read; one pointing outside, one to
// nothing and a loop are listed refused with their reasons, and with
// FollowLinks the outside one is read too.
func TestScanLinks(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	touch(t, root, "Westbrook College statement.docx", "x")
	touch(t, outside, "secret.txt", "x")
	links := map[string]string{
		"inside.docx":  filepath.Join(root, "Westbrook College statement.docx"),
		"outside.docx": filepath.Join(outside, "secret.txt"),
		"nothing.docx": filepath.Join(outside, "gone.docx"),
		"loop-a.docx":  filepath.Join(root, "loop-b.docx"),
		"loop-b.docx":  filepath.Join(root, "loop-a.docx"),
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(root, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	want := map[string]string{
		"inside.docx":                      "",
		"outside.docx":                     "points outside the submissions folder",
		"nothing.docx":                     "which does not exist",
		"loop-a.docx":                      "leads round in a loop",
		"loop-b.docx":                      "leads round in a loop",
		"Westbrook College statement.docx": "",
	}
	for _, follow := range []bool{false, true} {
		files, _, err := Scan(root, ScanOptions{FollowLinks: follow})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != len(want) {
			t.Fatalf("follow %v: listed %d files, want %d", follow, len(files), len(want))
		}
		for _, f := range files {
			w := want[f.Rel]
			if follow && f.Rel == "outside.docx" {
				w = ""
			}
			got := ""
			if f.Refused != nil {
				got = f.Refused.Error()
			}
			if w == "" && got != "" || w != "" && !strings.Contains(got, w) {
				t.Errorf("follow %v: %s refused %q, want %q", follow, f.Rel, got, w)
			}
		}
	}
	subs := ReadFile(t.Context(), File{Path: filepath.Join(root, "outside.docx"),
		Refused: linkProblem(filepath.Join(root, "outside.docx"), root, false)}, ReadOptions{})
	if len(subs) != 1 || subs[0].Err == nil || subs[0].Data != nil {
		t.Errorf("a refused file must not be read: %+v", subs)
	}
}
