// Package reportpipe holds what the binary carries of the repository's own
// files at its root: the fictional example statements of submissions/,
// which `reportpipe init --example` writes into a new workspace so that
// `run` compiles a draft at once, with no source tree at hand.
package reportpipe

import (
	"embed"
	"io/fs"
)

//go:embed submissions/[A-Za-z]*.docx submissions/[A-Za-z]*.pdf submissions/[A-Za-z]*.odt
var examples embed.FS

// ExampleStatements are the fictional agencies' statements, by file name.
func ExampleStatements() fs.FS {
	sub, _ := fs.Sub(examples, "submissions") // cannot fail: the folder is embedded
	return sub
}
