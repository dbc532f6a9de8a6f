package main

import "github.com/inconshreveable/mousetrap"

// startedByExplorer reports a start by a double-click in Explorer (the
// engine's own test, from mousetrap, as cobra uses it).
func startedByExplorer() bool { return mousetrap.StartedByExplorer() }
