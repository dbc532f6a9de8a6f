//go:build !unix && !windows

package main

// startedByExplorer: only Windows has Explorer.
func startedByExplorer() bool { return false }
