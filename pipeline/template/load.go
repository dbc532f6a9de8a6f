package template

import (
	"bytes"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"

	"go.yaml.in/yaml/v3"

	"github.com/reportpipe/reportpipe/templates"
)

// Default parses the built-in template (templates/template.yaml embedded in
// the binary) and validates it.
func Default() (*Template, error) {
	t, err := parse(templates.TemplateYAML)
	if err != nil {
		return nil, fmt.Errorf("built-in template: %w", err)
	}
	return t, nil
}

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
