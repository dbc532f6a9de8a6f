// Package exampleconfig holds the documented example configuration,
// reportpipe.yaml, embedded so `reportpipe init` can write it into a new
// workspace without the source tree.
package exampleconfig

import (
	_ "embed"
	"strings"
)

// YAML is the text of config/reportpipe.yaml. Its paths are relative to
// config/ (../submissions); Workspace adapts them for a file beside the folders.
//
//go:embed reportpipe.yaml
var YAML []byte

// Workspace returns the example configuration for a file that sits beside
// its submissions/ and output/ folders and its own copy of the statement
// template (template.yaml), as `reportpipe init` lays them out.
func Workspace() []byte {
	s := strings.Replace(string(YAML), "submissions: ../submissions", "submissions: submissions", 1)
	s = strings.Replace(s, "output: ../output", "output: output", 1)
	s = strings.Replace(s, "chapters: ../chapters", "chapters: chapters", 1)
	s = strings.Replace(s, `template: ""`, "template: template.yaml", 1)
	return []byte(s)
}
