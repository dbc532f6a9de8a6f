package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// perFileWorkspace is a copy of the examples with the config pointing at
// it, ready for one bad file to be added.
func perFileWorkspace(t *testing.T) (dir, subs string) {
	t.Helper()
	subs = examplesDir(t)
	dir = filepath.Dir(subs)
	return dir, subs
}

// runExamples runs `run` over subs and fails unless a draft was written
// and the run exited 0.
func runExamples(t *testing.T, dir, subs string) string {
	t.Helper()
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	out, errOut, code := runCLI(t, dir, "run", "--config", cfg, "--submissions", subs, "--output", filepath.Join(dir, "out"))
	if code != 0 {
		t.Fatalf("run exited %d, want 0 (one bad file never stops a run)\n%s%s", code, out, errOut)
	}
	if drafts, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx")); len(drafts) != 1 {
		t.Fatalf("want one draft written, got %v\n%s", drafts, out)
	}
	return out
}

// A FIFO in the folder would hang a plain read: it is rejected as not a
// file, and the run finishes with a draft.
func TestRunRejectsFIFO(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	fifo := filepath.Join(subs, "Northgate Police statement FINAL.docx")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan string, 1)
	go func() { done <- runExamples(t, dir, subs) }()
	select {
	case out := <-done:
		if !strings.Contains(out, "Northgate Police statement FINAL.docx: it is not an ordinary file but a pipe (FIFO)") {
			t.Errorf("the FIFO is not rejected with its reason:\n%s", out)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("run hung on a FIFO")
	}
}

// Links: one to a file that is gone, and one to a file outside the
// submissions folder, are listed with their reasons and not read; the run
// goes on. (A file removed between scan and read is tested in the pipeline
// package, where the moment can be chosen.)
func TestRunListsLinksItDoesNotRead(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	elsewhere := t.TempDir()
	if err := os.WriteFile(filepath.Join(elsewhere, "private.docx"), []byte("not for the report"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, to := range map[string]string{"Westbrook College statement v2.docx": filepath.Join(elsewhere, "gone.docx"),
		"Northgate Police statement v3.docx": filepath.Join(elsewhere, "private.docx")} {
		if err := os.Symlink(to, filepath.Join(subs, name)); err != nil {
			t.Fatal(err)
		}
	}
	out := runExamples(t, dir, subs)
	for _, want := range []string{
		"Westbrook College statement v2.docx: it is a link to " + filepath.Join(elsewhere, "gone.docx") + ", which does not exist",
		"Northgate Police statement v3.docx: it is a link that points outside the submissions folder (to " + filepath.Join(elsewhere, "private.docx") + "), so it was not read",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the run summary lacks %q:\n%s", want, out)
		}
	}
}

// A file reportpipe may not read is rejected with what to do, and the run
// goes on. As root every file is readable, so there the binary runs as
// the unprivileged user "nobody".
func TestRunRejectsUnreadableFile(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	bad := filepath.Join(subs, "Northgate Police statement v3.pdf")
	data, err := os.ReadFile(filepath.Join(subs, "Northgate Police statement 2025-26.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(bad, 0o000); err != nil {
		t.Fatal(err)
	}
	var out string
	if os.Geteuid() == 0 {
		out = runAsNobody(t, dir, subs)
	} else {
		out = runExamples(t, dir, subs)
	}
	if !strings.Contains(out, "Northgate Police statement v3.pdf: reportpipe is not allowed to read the file (permission denied)") {
		t.Errorf("the unreadable file is not rejected with its reason:\n%s", out)
	}
}

// runAsNobody runs `run` as uid 65534 over a world-readable copy of the
// workspace, so a file only root may read is unreadable to it.
func runAsNobody(t *testing.T, dir, subs string) string {
	t.Helper()
	bin := filepath.Join(dir, "reportpipe")
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "reportpipe.yaml")
	raw, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	for p := dir; p != "/" && p != "."; p = filepath.Dir(p) {
		_ = os.Chmod(p, 0o777) // the temp folders are private to root
	}
	for _, name := range listDir(t, subs) {
		if !strings.Contains(name, "v3.pdf") {
			_ = os.Chmod(filepath.Join(subs, name), 0o644)
		}
	}
	cmd := exec.Command(bin, "run", "--config", cfg, "--submissions", subs, "--output", filepath.Join(dir, "out"))
	cmd.Dir = dir
	cmd.Env = []string{"HOME=" + dir, "NO_COLOR=1", "PATH=/usr/bin:/bin"}
	asNobody(cmd)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("run as nobody: %v (one bad file never stops a run)\n%s", err, out)
	}
	if drafts, _ := filepath.Glob(filepath.Join(dir, "out", "*.docx")); len(drafts) != 1 {
		t.Fatalf("want one draft written, got %v\n%s", drafts, out)
	}
	return string(out)
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// inspect on a device is a rejection, not a read without end.
func TestInspectDevice(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	out, _, code := runCLI(t, t.TempDir(), "inspect", "--json", "/dev/zero")
	if code != exitInput || !strings.Contains(out, `"status":"rejected"`) || !strings.Contains(out, "not an ordinary file but a device") {
		t.Errorf("inspect /dev/zero: exit %d, want %d and a rejection\n%s", code, exitInput, out)
	}
}

// The output folder inside the submissions folder is left out: the run's
// own earlier drafts are never read back as statements.
func TestRunSkipsOutputFolderInsideSubmissions(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	args := []string{"run", "--config", cfg, "--submissions", subs, "--output", filepath.Join(subs, "drafts")}
	for i, want := range []string{"Wrote:", "No change since the draft of"} {
		out, errOut, code := runCLI(t, dir, args...)
		if code != 0 {
			t.Fatalf("run %d: exit %d\n%s%s", i+1, code, out, errOut)
		}
		// the second run would differ if the first run's drafts were read back
		if !strings.Contains(out, want) || strings.Count(out, "drafts/") != 4*(1-i) {
			t.Errorf("run %d: want %q and the drafts folder named only for the files written:\n%s", i+1, want, out)
		}
	}
}

// A run over unchanged submissions writes no new set and says since when
// nothing changed; --force writes one anyway.
func TestRunWritesNothingWhenNothingChanged(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	out := filepath.Join(dir, "out")
	args := []string{"run", "--config", cfg, "--submissions", subs, "--output", out}
	for i, want := range []int{1, 1, 2} {
		a := args
		if i == 2 {
			a = append(a, "--force")
		}
		stdout, errOut, code := runCLI(t, dir, a...)
		drafts, _ := filepath.Glob(filepath.Join(out, "*.docx"))
		if code != 0 || len(drafts) != want {
			t.Fatalf("run %d: exit %d, %d draft(s), want %d\n%s%s", i+1, code, len(drafts), want, stdout, errOut)
		}
		if i == 1 && !strings.Contains(stdout, "No change since the draft of") {
			t.Errorf("the unchanged run does not say so:\n%s", stdout)
		}
		time.Sleep(1100 * time.Millisecond) // draft names carry the second
	}
}

// An output folder that cannot be made is a usage error in one sentence.
func TestRunOutputFolderCannotBeMade(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	file := filepath.Join(dir, "a file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	_, errOut, code := runCLI(t, dir, "run", "--config", cfg, "--submissions", subs, "--output", filepath.Join(file, "drafts"))
	if code != exitUsage || !strings.Contains(errOut, "cannot be created (not a directory): set paths.output (or --output)") {
		t.Errorf("exit %d, stderr %q; want %d and a plain sentence", code, errOut, exitUsage)
	}
}
