//go:build unix

package contain_test

import (
	"os"
	"syscall"
)

// spinPastCPULimit lowers this process's CPU allowance to a second more
// than it has used, as the runner's would be for a file, and spins past it.
func spinPastCPULimit() {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	var lim syscall.Rlimit
	_ = syscall.Getrlimit(syscall.RLIMIT_CPU, &lim)
	lim.Cur = uint64(ru.Utime.Sec+ru.Stime.Sec) + 2
	_ = syscall.Setrlimit(syscall.RLIMIT_CPU, &lim)
	for n := 0; ; n++ {
		spun = n
	}
}

var spun int

// stopSelf stops this process as a reader that hangs without using the CPU.
func stopSelf() { _ = syscall.Kill(os.Getpid(), syscall.SIGSTOP) }
