package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a strings.Builder safe to read while a process writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func drafts(t *testing.T, dir string) int {
	m, _ := filepath.Glob(filepath.Join(dir, "output", "*.docx"))
	return len(m)
}

// TestWatchRebuildsLocksAndStops runs `reportpipe watch` on a workspace:
// the first draft, a rebuild when a statement arrives, a second run refused
// while the watch holds the output folder, and a clean stop on Ctrl-C.
func TestWatchRebuildsLocksAndStops(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	cmd := exec.Command(binary, "watch", "--poll", "200ms")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "REPORTPIPE_WATCH_SETTLE=200ms")
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Kill() // only if the test failed before the clean stop
	}()
	waitUntil(t, "the first draft", func() bool { return drafts(t, dir) >= 1 })
	first := drafts(t, dir)

	_, errOut, code := runCLI(t, dir, "run")
	if code == 0 || !strings.Contains(errOut, "another reportpipe") || !strings.Contains(errOut, "wait for it or stop it") {
		t.Errorf("run during watch: exit %d, stderr %q; want a refusal naming the holder", code, errOut)
	}

	writeDocx(t, filepath.Join(subs, "Westbrook College statement.docx"), statementMD("Westbrook College"))
	waitUntil(t, "a rebuild after a new statement", func() bool { return drafts(t, dir) > first })

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("watch ended with %v after Ctrl-C\nstderr: %s", err, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not stop after Ctrl-C")
	}
	if !strings.Contains(out.String(), "Stopped watching") {
		t.Errorf("stdout lacks the stop message:\n%s", out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "output", ".reportpipe.lock")); !os.IsNotExist(err) {
		t.Errorf("lock file left after a clean stop: %v", err)
	}
}
