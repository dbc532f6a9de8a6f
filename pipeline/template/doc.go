// Package template owns the statement template as data: the sections in
// report order with their titles, the heading wordings that mean each, the
// cue words that describe each by meaning, and the cross-cutting themes.
// It loads templates/template.yaml (built in) or a file named in config.
package template
