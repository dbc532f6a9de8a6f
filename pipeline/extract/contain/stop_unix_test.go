//go:build unix

package contain_test

import (
	"os"
	"syscall"
)

// stopSelf stops this process as a reader that hangs without using the CPU.
func stopSelf() { _ = syscall.Kill(os.Getpid(), syscall.SIGSTOP) }
