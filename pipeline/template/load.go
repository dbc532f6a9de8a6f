package template

import (
	"bytes"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"

	"go.yaml.in/yaml/v3"

	"github.com/reportpipe/reportpipe/templates"
)

//go:generate go run ./internal/gen

// Default returns the built-in template (templates/template.yaml), a fresh
// copy the caller may change. It is compiled into the binary as a Go value
// (builtin_gen.go, made by go generate and checked against the YAML by a
// test), so no command parses YAML at start-up to get it.
func Default() (*Template, error) {
	return builtin(), nil
}

// Parse decodes and validates a template given as YAML.
func Parse(data []byte) (*Template, error) { return parse(data) }

// Load reads and validates the template at path; an empty path means the
// built-in template. Errors name the file and the bad entry.
func Load(path string) (*Template, error) {
	if path == "" {
		return Default()
	}
	data, err := operatorfile.Read(path, operatorfile.MaxTemplate)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	if bytes.Equal(data, templates.TemplateYAML) { // init's copy, unedited: no need to parse it
		return builtin(), nil
	}
	t, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	return t, nil
}

// parse decodes strictly (an unknown key such as "heading:" for "headings:"
// is an error, not silently ignored) and validates.
func parse(data []byte) (*Template, error) {
	var t Template
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("reading YAML: %w", err)
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
}
