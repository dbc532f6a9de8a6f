package template

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/reportpipe/reportpipe/templates"
)

// The compiled-in template is exactly templates/template.yaml: after an
// edit of the YAML, `go generate ./pipeline/template` must be run, and this
// test says so until it is.
func TestBuiltinIsTheYAML(t *testing.T) {
	parsed, err := Parse(templates.TemplateYAML)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(builtin(), parsed) {
		t.Fatal("builtin_gen.go differs from templates/template.yaml: run `go generate ./pipeline/template`")
	}
	if err := builtin().Validate(); err != nil {
		t.Errorf("the compiled-in template does not validate: %v", err)
	}
}

// Default gives a fresh copy each time, and a workspace's unedited copy of
// the YAML loads as the same template; an edited one is parsed.
func TestDefaultFreshAndUneditedCopy(t *testing.T) {
	a, _ := Default()
	a.Sections[0].Headings[0] = "changed by a caller"
	b, _ := Default()
	if b.Sections[0].Headings[0] == "changed by a caller" {
		t.Error("Default shares its value between callers")
	}
	dir := t.TempDir()
	same := filepath.Join(dir, "template.yaml")
	if err := os.WriteFile(same, templates.TemplateYAML, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(same); err != nil || !reflect.DeepEqual(got, b) {
		t.Errorf("an unedited copy loads as another template: %v", err)
	}
	edited := filepath.Join(dir, "edited.yaml")
	if err := os.WriteFile(edited, append(append([]byte{}, templates.TemplateYAML...), "\nbogus: 1\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(edited); err == nil {
		t.Error("an edited copy with an unknown key loaded: it was not parsed")
	}
}
