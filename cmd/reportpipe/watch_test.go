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
	if code != exitLocked || !strings.Contains(errOut, "another reportpipe") || !strings.Contains(errOut, "wait for it or stop it") {
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

// startWatchCLI starts `reportpipe watch` in dir and stops it at the end.
func startWatchCLI(t *testing.T, dir string) *syncBuffer {
	t.Helper()
	cmd := exec.Command(binary, "watch", "--poll", "200ms")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "REPORTPIPE_WATCH_SETTLE=200ms", "NO_COLOR=1")
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	return out
}

// A watch started again over unchanged submissions writes no new draft
// and says so; an edit to the configuration is read again and rebuilds;
// a bad edit keeps the last good configuration.
func TestWatchRestartAndConfigEdits(t *testing.T) {
	dir := newWorkspace(t)
	writeDocx(t, filepath.Join(dir, "submissions", "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	if _, errOut, code := runCLI(t, dir, "run"); code != 0 {
		t.Fatalf("run: exit %d %s", code, errOut)
	}
	out := startWatchCLI(t, dir)
	waitUntil(t, "the watch's first build", func() bool { return strings.Contains(out.String(), "Watching") })
	waitUntil(t, "the first build's summary", func() bool { return strings.Contains(out.String(), "No change since the draft of") })
	if n := drafts(t, dir); n != 1 || strings.Contains(out.String(), "file(s) changed") {
		t.Fatalf("an unchanged restart wrote %d draft(s) or claimed changes:\n%s", n, out.String())
	}
	cfgPath := filepath.Join(dir, "reportpipe.yaml")
	cfg, _ := os.ReadFile(cfgPath)
	bad := strings.Replace(string(cfg), "low_confidence: 0.6", "low_confidence: 7", 1)
	if err := os.WriteFile(cfgPath, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the bad edit refused", func() bool { return strings.Contains(out.String(), "the last good one is still used") })
	edited := strings.Replace(string(cfg), "period: 2025-26", "period: 2026-27", 1)
	if edited == string(cfg) {
		t.Fatal("the workspace config has no period to edit")
	}
	start := time.Now()
	if err := os.WriteFile(cfgPath, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "a new draft after the config edit", func() bool { return drafts(t, dir) == 2 })
	if !strings.Contains(out.String(), "Configuration changed: read "+cfgPath+" again") {
		t.Errorf("the watch did not say it read the configuration again:\n%s", out.String())
	}
	t.Logf("rebuilt %.1f s after the config edit", time.Since(start).Seconds())
}

// A file that keeps growing does not hold back a statement that arrives
// meanwhile: it is left out with a note, and the statement is built.
func TestWatchBuildsOthersWhileOneFileGrows(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	out := startWatchCLI(t, dir)
	waitUntil(t, "the first draft", func() bool { return drafts(t, dir) >= 1 })
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		f, err := os.Create(filepath.Join(subs, "Hillside Housing statement (syncing).pdf"))
		if err != nil {
			return
		}
		defer f.Close()
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				f.Write([]byte("%PDF-1.7 still arriving "))
			}
		}
	}()
	time.Sleep(300 * time.Millisecond)
	writeDocx(t, filepath.Join(subs, "Westbrook College statement.docx"), statementMD("Westbrook College"))
	waitUntil(t, "a draft with Westbrook College while the other file grows", func() bool {
		return drafts(t, dir) >= 2 && strings.Contains(out.String(), "still being written (it kept changing): it is left out of this draft")
	})
	if !strings.Contains(out.String(), "Westbrook College") {
		t.Errorf("the rebuild did not compile Westbrook College:\n%s", out.String())
	}
}
