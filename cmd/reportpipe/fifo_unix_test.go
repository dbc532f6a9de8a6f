//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// mkfifo makes a named pipe where the system has them.
func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }

// asNobody makes cmd run as uid and gid 65534.
func asNobody(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
}
