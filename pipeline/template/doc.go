// Package template owns the statement template as data: the sections in
// report order with their titles, the heading wordings that mean each, the
// cue words that describe each by meaning, and the cross-cutting themes.
// It loads templates/template.yaml (built in) or a file named in config.
// The built-in template is compiled into the binary as a Go value
// (builtin_gen.go, `go generate ./pipeline/template`; a test checks it equals
// the YAML), so no command parses YAML at start-up for it, nor for a
// workspace's unedited copy of it.
package template
