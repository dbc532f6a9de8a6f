package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// SIGTERM in the middle of a run leaves nothing in the temporary folder,
// and the start of that run swept what an earlier killed run left there
// (on today's code reportpipe-doc-* and reportpipe-ocr-* folders, copies
// of statements, stay for good).
func TestSIGTERMLeavesNoTemporaryFilesAndStartSweeps(t *testing.T) {
	modelEnv, asked := heldModel(t)

	dir := t.TempDir()
	tmp := filepath.Join(dir, "tmp")
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	left := filepath.Join(tmp, "reportpipe-run-"+strconv.Itoa(dead.ProcessState.Pid())+"-1", "reportpipe-doc-2")
	oldOCR := filepath.Join(tmp, "reportpipe-ocr-3")
	for _, d := range []string{left, oldOCR} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(d, "Riverside statement.doc"), []byte("a copy of a statement"), 0o644)
	}
	long := time.Now().Add(-2 * time.Hour)
	os.Chtimes(oldOCR, long, long)

	cmd := exec.Command(binary, "run", "--submissions", examplesDir(t), "--output", filepath.Join(dir, "output"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TMPDIR="+tmp, "REPORTPIPE_LLM_MODE=full")
	cmd.Env = append(cmd.Env, modelEnv...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-asked:
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("the run never asked the model")
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 1 {
		t.Errorf("mid-run the temporary folder holds %d entries, want the run's own folder alone (the leftovers swept)", len(ents))
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("the run did not stop after SIGTERM")
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("left in the temporary folder after SIGTERM: %v", names)
	}
}

// Help, version and a mistyped command never touch the temporary folder
// (no folder of their own, no sweep: on a machine with a full /tmp the
// sweep was most of what `--help` cost); the first command that works
// sweeps what a dead run left and removes its own folder on the way out.
func TestOnlyWorkTouchesTheTemporaryFolder(t *testing.T) {
	dir := t.TempDir()
	tmp := filepath.Join(dir, "tmp")
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	left := filepath.Join(tmp, "reportpipe-run-"+strconv.Itoa(dead.ProcessState.Pid())+"-1")
	if err := os.MkdirAll(left, 0o755); err != nil {
		t.Fatal(err)
	}
	statement := filepath.Join(dir, "Riverside statement.txt")
	os.WriteFile(statement, []byte("Agency Context\n\nRiverside Trust runs two clinics.\n"), 0o644)
	start := func(want int, args ...string) {
		t.Helper()
		cmd := exec.Command(binary, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "TMPDIR="+tmp)
		out, _ := cmd.CombinedOutput()
		if got := cmd.ProcessState.ExitCode(); got != want {
			t.Errorf("reportpipe %v exited %d, want %d:\n%s", args, got, want, out)
		}
	}
	for _, args := range [][]string{{"--help"}, {"run", "--help"}, {"version"}, {"no-such-command"}} {
		want := 0
		if args[0] == "no-such-command" {
			want = 2
		}
		start(want, args...)
		ents, _ := os.ReadDir(tmp)
		if len(ents) != 1 || ents[0].Name() != filepath.Base(left) {
			t.Errorf("after reportpipe %v the temporary folder holds %v, want the dead run's folder alone, untouched", args, names(ents))
		}
	}
	start(3, "inspect", statement) // read, and refused as a covering note: work all the same
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("after inspect the temporary folder holds %v, want nothing (the dead run's folder swept, its own removed)", names(ents))
	}
}

func names(ents []os.DirEntry) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}
