package render

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// A lock naming a live process that is not reportpipe (its id reused after
// a reboot) is stale: on today's code it blocks the folder for good.
func TestLockNamingAnUnrelatedLiveProcessIsTakenOver(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("sleep", "30")
	if err := cmd.Start(); err != nil {
		t.Skip("no sleep command:", err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	host, _ := os.Hostname()
	writeLock(t, dir, LockInfo{PID: cmd.Process.Pid, Host: host, Started: time.Now().Add(-time.Hour)})
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatalf("a lock naming sleep kept the folder: %v", err)
	}
	release()
}

// A lock whose process of that id started at another time is a reused id.
func TestLockOfReusedProcessIDIsTakenOver(t *testing.T) {
	dir := t.TempDir()
	cmd := liveReportpipe(t)
	host, _ := os.Hostname()
	writeLock(t, dir, LockInfo{PID: cmd.Process.Pid, Host: host, Started: time.Now(), StartTicks: 1})
	release, err := AcquireLock(dir)
	if err != nil {
		t.Fatalf("a lock from before the id was reused kept the folder: %v", err)
	}
	release()
	// The same process with its real start time is the holder.
	_, start := selfIdentity()
	if start == 0 {
		t.Fatal("no start time recorded for this process")
	}
	writeLock(t, dir, LockInfo{PID: cmd.Process.Pid, Host: host, Started: time.Now(), StartTicks: startTicks(cmd.Process.Pid)})
	if _, err := AcquireLock(dir); err == nil {
		t.Error("the live holder's lock was taken over")
	}
}
