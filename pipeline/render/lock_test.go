package render

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func writeLock(t *testing.T, dir string, info LockInfo) {
	t.Helper()
	data, _ := json.Marshal(info)
	if err := os.WriteFile(filepath.Join(dir, LockName), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLockAcquireRelease(t *testing.T) {
	dir := t.TempDir()
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, LockName))
	if err != nil {
		t.Fatal(err)
	}
	var info LockInfo
	if err := json.Unmarshal(data, &info); err != nil || info.PID != os.Getpid() || info.Host == "" || info.Started.IsZero() {
		t.Errorf("lock file %s: %v", data, err)
	}
	// the same process may take it again (watch calling run's code)
	inner, err := AcquireLock(dir)
	if err != nil {
		t.Fatalf("nested acquire: %v", err)
	}
	inner()
	if _, err := os.Stat(filepath.Join(dir, LockName)); err != nil {
		t.Error("releasing the nested hold removed the outer one's lock")
	}
	release()
	release() // twice is harmless
	if _, err := os.Stat(filepath.Join(dir, LockName)); !os.IsNotExist(err) {
		t.Errorf("lock file still there after release: %v", err)
	}
}

// liveReportpipe starts a process that looks like reportpipe to the lock
// (a copy of sleep named reportpipe) and stops it at the end of the test.
func liveReportpipe(t *testing.T) *exec.Cmd {
	t.Helper()
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command:", err)
	}
	data, err := os.ReadFile(sleep)
	if err != nil {
		t.Skip("cannot copy sleep:", err)
	}
	fake := filepath.Join(t.TempDir(), "reportpipe")
	if err := os.WriteFile(fake, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(fake, "30")
	if err := cmd.Start(); err != nil {
		t.Skip("cannot run the copy of sleep:", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return cmd
}

func TestLockHeldByAnotherLiveProcess(t *testing.T) {
	dir := t.TempDir()
	cmd := liveReportpipe(t)
	host, _ := os.Hostname()
	started := time.Date(2026, 5, 12, 10, 2, 0, 0, time.Local)
	writeLock(t, dir, LockInfo{PID: cmd.Process.Pid, Host: host, Started: started})
	_, err := AcquireLock(dir)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a *LockedError", err)
	}
	msg := err.Error()
	for _, want := range []string{"another reportpipe", "pid " + itoa(cmd.Process.Pid), "10:02", dir, "wait for it or stop it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}

func TestLockOfDeadProcessTakenOver(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	host, _ := os.Hostname()
	writeLock(t, dir, LockInfo{PID: cmd.Process.Pid, Host: host, Started: time.Now().Add(-time.Hour)})
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatalf("stale lock not taken over: %v", err)
	}
	defer release()
	data, _ := os.ReadFile(filepath.Join(dir, LockName))
	if !strings.Contains(string(data), `"pid":`+itoa(os.Getpid())) {
		t.Errorf("lock now holds %s, want our pid", data)
	}
}

func TestLockOnAnotherHostIsRespected(t *testing.T) {
	dir := t.TempDir()
	writeLock(t, dir, LockInfo{PID: 999999, Host: "clerk-pc-07", Started: time.Now()})
	_, err := AcquireLock(dir)
	if err == nil || !strings.Contains(err.Error(), "on clerk-pc-07") {
		t.Fatalf("got %v, want a refusal naming the other host", err)
	}
}

func TestLockUnreadableButFreshIsRespected(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, LockName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := AcquireLock(dir); err == nil {
		t.Fatal("an empty lock file just created was taken over")
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, LockName), old, old); err != nil {
		t.Fatal(err)
	}
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatalf("an old unreadable lock was not taken over: %v", err)
	}
	release()
}

func itoa(n int) string { return strconv.Itoa(n) }
