package intake

import (
	"syscall"
	"unsafe"
)

// unlinkDir removes the empty folder name in dirfd (unlinkat with
// AT_REMOVEDIR, which package syscall does not wrap).
func unlinkDir(dirfd int, name string) {
	p, err := syscall.BytePtrFromString(name)
	if err != nil {
		return
	}
	const atRemoveDir = 0x200
	syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), atRemoveDir)
}
