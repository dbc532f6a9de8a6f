package render

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// LockName is the lock file's name inside the output folder.
const LockName = ".reportpipe.lock"

// LockInfo is what the lock file holds: who is working on the folder.
type LockInfo struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Started time.Time `json:"started"`
	// Exe, BootID and StartTicks tell the holder from a later process
	// given the same id (after a reboot, or when ids wrap): such a lock is
	// stale although a process of its id is alive.
	Exe        string `json:"exe,omitempty"`
	BootID     string `json:"boot_id,omitempty"`
	StartTicks uint64 `json:"start_ticks,omitempty"`
}

// LockedError says another reportpipe holds the output folder.
type LockedError struct {
	Dir    string
	Holder LockInfo
}

func (e *LockedError) Error() string {
	host, _ := os.Hostname()
	who := fmt.Sprintf("pid %d", e.Holder.PID)
	if e.Holder.Host != "" && e.Holder.Host != host {
		who += " on " + e.Holder.Host
	}
	return fmt.Sprintf("another reportpipe (%s, started %s) is working on %s; wait for it or stop it",
		who, clock(e.Holder.Started), e.Dir)
}

// clock shows a time as 10:02 today, or May 12 10:02 on another day.
func clock(t time.Time) string {
	t = t.Local()
	if y, m, d := t.Date(); time.Now().Year() == y && time.Now().Month() == m && time.Now().Day() == d {
		return t.Format("15:04")
	}
	return t.Format("Jan 2 15:04")
}

// held counts this process's holds per lock path, so a watch holding the
// folder can call the same code a run uses, which takes the lock again.
var (
	heldMu sync.Mutex
	held   = map[string]int{}
)

// AcquireLock takes the lock of output folder dir (which must exist) and
// returns the function that gives it back. A lock left by a process that is
// no longer running on this host is taken over. Another live holder gives a
// *LockedError naming it. Holding it twice in one process is allowed.
// Taking the lock also removes the temporaries a killed run left behind.
func AcquireLock(dir string) (release func(), err error) {
	path, err := filepath.Abs(filepath.Join(dir, LockName))
	if err != nil {
		return nil, err
	}
	heldMu.Lock()
	defer heldMu.Unlock()
	if held[path] > 0 {
		held[path]++
		return releaser(path), nil
	}
	for attempt := 0; attempt < 2; attempt++ {
		err = create(path)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
		info, stale := readLock(path)
		if !stale {
			return nil, &LockedError{Dir: dir, Holder: info}
		}
		os.Remove(path) // the holder is gone; the next attempt takes it over
	}
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	held[path] = 1
	// Nobody else writes here now, so what matches the writer's temp
	// patterns is debris of a run that was killed. Failing to remove it
	// costs only disk space, so it does not stop the run.
	_, _ = removeLeftovers(dir)
	return releaser(path), nil
}

func releaser(path string) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			heldMu.Lock()
			defer heldMu.Unlock()
			if held[path]--; held[path] <= 0 {
				delete(held, path)
				os.Remove(path)
			}
		})
	}
}

// create writes a new lock file; fs.ErrExist when one is there already.
func create(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	host, _ := os.Hostname()
	exe, _ := os.Executable()
	boot, start := selfIdentity()
	werr := json.NewEncoder(f).Encode(LockInfo{PID: os.Getpid(), Host: host, Started: time.Now(), Exe: exe, BootID: boot, StartTicks: start})
	if err := errors.Join(werr, f.Close()); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// unreadableGrace is how long a lock file that cannot be parsed is trusted:
// its writer may be between creating and filling it.
const unreadableGrace = 10 * time.Second

// readLock reads the holder and whether the lock is stale: its process is
// not running on this host, or is running but is not the reportpipe that
// wrote the lock, or the lock is unreadable and old.
func readLock(path string) (LockInfo, bool) {
	var info LockInfo
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return info, true
	}
	if err != nil || json.Unmarshal(data, &info) != nil || info.PID <= 0 {
		st, serr := os.Stat(path)
		return info, serr != nil || time.Since(st.ModTime()) > unreadableGrace
	}
	host, _ := os.Hostname()
	if info.Host != host {
		return info, false // cannot check another machine's processes
	}
	return info, !processAlive(info.PID) || !isHolder(info)
}
