//go:build !windows

package main

import (
	"os"

	"golang.org/x/term"
)

// startedFromFileManager reports a start with no terminal at all, as a
// file manager's double-click gives: neither input nor output is one. A
// command typed in a terminal, or run by a script whose output goes to a
// terminal, is not.
func startedFromFileManager() bool {
	for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
		if term.IsTerminal(int(f.Fd())) {
			return false
		}
	}
	return os.Getenv("REPORTPIPE_NO_DOUBLE_CLICK") == ""
}
