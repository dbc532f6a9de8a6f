package main

import (
	"os"

	"github.com/inconshreveable/mousetrap"
)

// envFromExplorer is set by the front (cmd/reportpipe, exec_other.go) when
// Explorer started it: the engine's parent is then the front, not Explorer.
const envFromExplorer = "REPORTPIPE__FROM_EXPLORER"

// startedFromFileManager reports a start by a double-click in Explorer: the
// console window is the program's own (cobra's test, from mousetrap), or
// the front said so.
func startedFromFileManager() bool {
	if os.Getenv(envFromExplorer) == "1" {
		os.Unsetenv(envFromExplorer) // not passed on to what the engine starts
		return true
	}
	return mousetrap.StartedByExplorer()
}
