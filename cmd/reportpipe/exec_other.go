//go:build !unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"os/signal"
)

// envFromExplorer tells the engine that this front was started by a
// double-click in Explorer: the engine's own test (its parent process is
// explorer.exe) sees the front as its parent instead. The double
// underscore keeps it from looking like a configuration key.
const envFromExplorer = "REPORTPIPE__FROM_EXPLORER"

// runEngine runs the engine with args, this environment and these
// standard streams, and exits with its exit code: Windows has no exec that
// replaces a process. Ctrl-C reaches every process of the console, so the
// front ignores it and waits for the engine, which stops its work and says
// how it ended.
func runEngine(args []string) error {
	path, err := enginePath()
	if err != nil {
		return err
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = os.Environ()
	if len(args) == 0 && startedByExplorer() {
		cmd.Env = append(cmd.Env, envFromExplorer+"=1")
	}
	signal.Ignore(os.Interrupt)
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		os.Exit(ee.ExitCode())
	}
	if err != nil {
		return &missingEngine{path: path, err: err}
	}
	os.Exit(0)
	return nil
}
