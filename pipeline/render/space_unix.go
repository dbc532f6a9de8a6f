//go:build linux || darwin || freebsd

package render

import "syscall"

// freeBytes is the space left in dir for an ordinary user (Bavail, not
// Bfree: the blocks kept for root are no use to a run).
func freeBytes(dir string) (uint64, bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return uint64(st.Bavail) * uint64(st.Bsize), true
}
