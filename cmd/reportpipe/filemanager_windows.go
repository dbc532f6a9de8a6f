package main

import "github.com/inconshreveable/mousetrap"

// startedFromFileManager reports a start by a double-click in Explorer: the
// console window is the program's own (cobra's test, from mousetrap).
func startedFromFileManager() bool { return mousetrap.StartedByExplorer() }
