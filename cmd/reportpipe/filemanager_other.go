//go:build !windows

package main

import (
	"os"

	"golang.org/x/term"
)

// startedFromFileManager reports a start with no terminal at all, as a
// file manager's double-click gives: neither input nor output is one, and
// the output goes nowhere a program reads (the null device, or the
// desktop session's log). A command typed in a terminal is not; nor is one
// run by a script, a test or a scheduler, whose output is a pipe or a
// file: a bare "reportpipe" there prints the help and ends, rather than
// starting a server that waits for ever.
func startedFromFileManager() bool {
	for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
		if term.IsTerminal(int(f.Fd())) {
			return false
		}
	}
	if st, err := os.Stdout.Stat(); err == nil && (st.Mode()&os.ModeNamedPipe != 0 || st.Mode().IsRegular()) {
		return false
	}
	return os.Getenv("REPORTPIPE_NO_DOUBLE_CLICK") == ""
}
