package template

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Validate checks that every section key is a known template section and
// appears once, that every pattern compiles, and that cues have text and a
// positive weight. All problems are reported together, each naming its entry.
func (t *Template) Validate() error {
	var errs []error
	seen := map[model.SectionKey]bool{}
	for i, s := range t.Sections {
		where := fmt.Sprintf("sections[%d] (key %q)", i, s.Key)
		if s.Key == model.SectionUnmapped || !s.Key.Valid() {
			errs = append(errs, fmt.Errorf("%s: unknown section key; use one of %s", where, knownKeys()))
		}
		if seen[s.Key] {
			errs = append(errs, fmt.Errorf("%s: duplicate section key; each section appears once", where))
		}
		seen[s.Key] = true
		errs = append(errs, s.validateEntries(where)...)
	}
	return errors.Join(errs...)
}

func (s *Section) validateEntries(where string) []error {
	var errs []error
	for j, p := range s.Patterns {
		if _, err := regexp.Compile(p); err != nil {
			errs = append(errs, fmt.Errorf("%s: patterns[%d] %q does not compile: %v", where, j, p, err))
		}
	}
	for j, h := range s.Headings {
		if strings.TrimSpace(h) == "" {
			errs = append(errs, fmt.Errorf("%s: headings[%d] is empty", where, j))
		}
	}
	for j, c := range s.Cues {
		if strings.TrimSpace(strings.TrimPrefix(c.Text, "^")) == "" {
			errs = append(errs, fmt.Errorf("%s: cues[%d] has no text", where, j))
		}
		if c.Weight <= 0 {
			errs = append(errs, fmt.Errorf("%s: cues[%d] %q needs a positive weight", where, j, c.Text))
		}
	}
	return errs
}

func knownKeys() string {
	keys := make([]string, len(model.TemplateOrder))
	for i, k := range model.TemplateOrder {
		keys[i] = string(k)
	}
	return strings.Join(keys, ", ")
}
