// Package buildinfo owns the one line `reportpipe version` prints, so the
// front executable (cmd/reportpipe) and the engine (cmd/reportpipe-engine)
// say the same thing about the build they belong to.
package buildinfo
