package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C during a run cancels the work under way: the command stops with
// exit 130, publishes nothing and leaves the output folder unlocked. The
// run is held up deterministically by a fake language model that never
// answers (the only fake the tests allow), so the signal always arrives
// in the middle of the work.
func TestCtrlCStopsARunWithExit130(t *testing.T) {
	modelEnv, asked := heldModel(t)

	dir := t.TempDir()
	out := filepath.Join(dir, "output")
	cmd := exec.Command(binary, "run", "--submissions", examplesDir(t), "--output", out)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "REPORTPIPE_LLM_MODE=full")
	cmd.Env = append(cmd.Env, modelEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-asked:
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("the run never asked the model\n%s\n%s", stdout.String(), stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("the run did not stop after Ctrl-C")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("exit %v, want %d\nstderr: %s", err, exitInterrupted, stderr.String())
	}
	if docs, _ := filepath.Glob(filepath.Join(out, "*.docx")); len(docs) != 0 {
		t.Errorf("a stopped run published %v", docs)
	}
	if _, err := os.Stat(filepath.Join(out, ".reportpipe.lock")); !os.IsNotExist(err) {
		t.Errorf("the lock is left after Ctrl-C: %v", err)
	}
	if strings.Contains(stderr.String(), "panic") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
