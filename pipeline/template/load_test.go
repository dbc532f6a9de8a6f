package template

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestDefaultHasEverySectionInReportOrder(t *testing.T) {
	tpl, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(tpl.Sections) != len(model.TemplateOrder) {
		t.Fatalf("got %d sections, want %d", len(tpl.Sections), len(model.TemplateOrder))
	}
	for i, k := range model.TemplateOrder {
		s := tpl.Sections[i]
		if s.Key != k {
			t.Errorf("sections[%d] = %q, want %q (report order)", i, s.Key, k)
		}
		if s.Title == "" || s.Meaning == "" || len(s.Headings) == 0 || len(s.Cues) == 0 {
			t.Errorf("section %q lacks a title, meaning, headings or cues", k)
		}
		if s.Required == (k == model.SectionInspection) {
			t.Errorf("section %q: required = %v", k, s.Required)
		}
	}
	if got := tpl.Title(model.SectionSuccesses); got != "Key Successes" {
		t.Errorf("Title(successes) = %q", got)
	}
}

func TestLoadEmptyPathIsDefault(t *testing.T) {
	a, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if a.Section(model.SectionContext) == nil || a.Section(model.SectionContext).Title != "Agency Context" {
		t.Errorf("Load(\"\") did not give the built-in template")
	}
}

func TestLoadFileAndErrorsNameTheEntry(t *testing.T) {
	cases := []struct {
		name, yaml string
		wantErr    []string // substrings; empty means success
	}{
		{"good", "sections:\n  - key: context\n    title: Who we are\n    headings: [About us]\n", nil},
		{"unknown key", "sections:\n  - key: summary\n    title: X\n", []string{`"summary"`, "unknown section key"}},
		{"unmapped is not a section", "sections:\n  - key: unmapped\n", []string{"unknown section key"}},
		{"duplicate", "sections:\n  - key: context\n  - key: context\n", []string{"sections[1]", "duplicate"}},
		{"bad pattern", "sections:\n  - key: outcomes\n    patterns: ['impact(']\n", []string{"patterns[0]", "impact("}},
		{"cue weight", "sections:\n  - key: outcomes\n    cues: [{text: impact, weight: 0}]\n", []string{"cues[0]", "positive weight"}},
		{"misspelt field", "sections:\n  - key: outcomes\n    heading: [Impact]\n", []string{"heading"}},
		{"not yaml", "sections: [\n", []string{"reading YAML"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.yaml")
			if err := os.WriteFile(path, []byte(c.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			tpl, err := Load(path)
			if len(c.wantErr) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if tpl.Title(model.SectionContext) != "Who we are" {
					t.Errorf("file not used: %+v", tpl.Sections)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error for %q", c.yaml)
			}
			for _, w := range append(c.wantErr, path) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("err = %v", err)
	}
}

// The built-in patterns must each match at least one of their own section's
// wordings or be a deliberate extra; at minimum they compile and do not match
// another section's standard title (which would make the matcher ambiguous).
func TestDefaultPatternsDoNotClaimOtherTitles(t *testing.T) {
	tpl, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tpl.Sections {
		for _, p := range s.Patterns {
			re := regexp.MustCompile(p)
			for _, o := range tpl.Sections {
				if o.Key == s.Key {
					continue
				}
				title := strings.ToLower(o.Title)
				if re.MatchString(title) && o.Key != model.SectionOutcomes {
					t.Errorf("pattern %q of %s matches the title of %s (%q)", p, s.Key, o.Key, title)
				}
			}
		}
	}
}
