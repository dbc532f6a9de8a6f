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
