package render

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// selfIdentity is what tells this process from a later one given its id:
// the machine's boot and the process's start time since boot.
func selfIdentity() (bootID string, start uint64) {
	return bootID0(), startTicks(os.Getpid())
}

// isHolder reports whether the live process pid is still the reportpipe
// that wrote info: after a reboot or once the id is reused, a process of
// that id is some other program, and the lock is stale. When /proc cannot
// say (another user's process), it is taken to be the holder.
func isHolder(info LockInfo) bool {
	if info.BootID != "" && bootID0() != "" && info.BootID != bootID0() {
		return false
	}
	if info.StartTicks != 0 {
		if st := startTicks(info.PID); st != 0 && st != info.StartTicks {
			return false
		}
	}
	name := programName(info.PID)
	if name == "" {
		return true
	}
	return isReportpipe(name, info.Exe)
}

// isReportpipe: the program is reportpipe (however installed), the one that
// wrote the lock, or this very program (a test binary).
func isReportpipe(name, lockExe string) bool {
	self, _ := os.Executable()
	return strings.Contains(strings.ToLower(name), "reportpipe") ||
		lockExe != "" && name == filepath.Base(lockExe) ||
		self != "" && name == filepath.Base(self)
}

// programName is the base name of pid's executable, from /proc; "" when
// it cannot be read.
func programName(pid int) string {
	exe, err := os.Readlink("/proc/" + strconv.Itoa(pid) + "/exe")
	if err == nil {
		return filepath.Base(strings.TrimSuffix(exe, " (deleted)"))
	}
	cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil || len(cmdline) == 0 {
		return ""
	}
	argv0, _, _ := strings.Cut(string(cmdline), "\x00")
	return filepath.Base(argv0)
}

// startTicks is pid's start time after boot in clock ticks (field 22 of
// /proc/PID/stat); 0 when it cannot be read.
func startTicks(pid int) uint64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 20 {
		return 0
	}
	n, _ := strconv.ParseUint(f[19], 10, 64)
	return n
}

func bootID0() string {
	data, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}
