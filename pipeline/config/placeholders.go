package config

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrNoWorkspace is the cause when a command that works on a workspace
// finds no configuration file and the flags do not name the folders.
var ErrNoWorkspace = errors.New("no reportpipe.yaml here or in a parent folder: run `reportpipe init`, or pass --config")

// IsPlaceholder reports whether a value is still the placeholder a new
// workspace was written with: text in square brackets.
func IsPlaceholder(v string) bool {
	v = strings.TrimSpace(v)
	return strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]")
}

// CheckPlaceholders refuses a configuration whose title-page values are
// still placeholders, before a draft is written with them; one *Error per
// key, saying where to set it.
func (c Config) CheckPlaceholders(file string) error {
	where := "the configuration"
	if file != "" {
		where = file
	}
	var errs []error
	for key, v := range map[string]string{"report.board": c.Report.Board, "report.title": c.Report.Title, "report.period": c.Report.Period} {
		if IsPlaceholder(v) {
			errs = append(errs, &Error{Key: key, Msg: fmt.Sprintf("is still the placeholder %s: set it in %s", strings.TrimSpace(v), where)})
		}
	}
	// by key, so the message is the same every time
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errors.Join(errs...)
}
