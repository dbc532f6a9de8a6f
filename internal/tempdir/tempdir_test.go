package tempdir

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// A start sweeps what killed runs left: the folder of a process that is
// gone and an old folder of the earlier kind, but not a live process's
// folder nor a fresh one of the earlier kind (a run still reading).
func TestSweepRemovesOnlyWhatDeadRunsLeft(t *testing.T) {
	base := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	mk := func(name string, age time.Duration) string {
		p := filepath.Join(base, name)
		os.MkdirAll(filepath.Join(p, "page-1.png.d"), 0o755)
		os.WriteFile(filepath.Join(p, "Riverside statement.doc"), []byte("copy"), 0o644)
		old := time.Now().Add(-age)
		os.Chtimes(p, old, old)
		return p
	}
	gone := mk(RunPrefix+strconv.Itoa(dead.ProcessState.Pid())+"-123", 0)
	live := mk(RunPrefix+strconv.Itoa(os.Getppid())+"-456", 0)
	oldOCR := mk("reportpipe-ocr-789", 2*time.Hour)
	freshDoc := mk("reportpipe-doc-321", time.Minute)
	other := mk("someone-else-1", 5*time.Hour)
	Sweep(base, time.Now())
	for p, want := range map[string]bool{gone: false, live: true, oldOCR: false, freshDoc: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// Own points TMPDIR at a folder of this process's own and removes it on
// the way out, with whatever was made in it.
func TestOwnFolderIsRemovedOnTheWayOut(t *testing.T) {
	base := t.TempDir()
	t.Setenv("TMPDIR", base)
	cleanup := Own(base)
	dir := os.TempDir()
	if filepath.Dir(dir) != base {
		t.Fatalf("TMPDIR %s is not a folder under %s", dir, base)
	}
	made, err := os.MkdirTemp("", "reportpipe-ocr-*")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(made, "page.png"), []byte("x"), 0o644)
	cleanup()
	if ents, _ := os.ReadDir(base); len(ents) != 0 {
		t.Errorf("left in the temporary folder: %v", ents)
	}
}
