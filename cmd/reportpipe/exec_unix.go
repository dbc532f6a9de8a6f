//go:build unix

package main

import (
	"os"
	"syscall"
)

// runEngine becomes the engine: the same process (its id, its terminal,
// its signals) runs the engine with args and this environment, so the
// exit code is the engine's own. It returns only when that cannot be done.
func runEngine(args []string) error {
	path, err := enginePath()
	if err != nil {
		return err
	}
	argv := append([]string{path}, args...)
	if err := syscall.Exec(path, argv, os.Environ()); err != nil {
		return &missingEngine{path: path, err: err}
	}
	return nil
}
