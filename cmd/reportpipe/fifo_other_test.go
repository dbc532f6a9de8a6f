//go:build !unix

package main

import (
	"errors"
	"os/exec"
)

// mkfifo: Windows has no named pipes in the file system; the test skips.
func mkfifo(string) error { return errors.New("no FIFOs on this system") }

// asNobody: only root on a Unix system runs a command as another user.
func asNobody(*exec.Cmd) {}
