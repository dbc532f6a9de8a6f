package main

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// Each kind of failure maps to its exit code in one switch, however deep
// it is wrapped on the way up.
func TestExitCodeOfEachKindOfFailure(t *testing.T) {
	wrap := func(err error) error { return fmt.Errorf("run: %w", err) }
	cases := []struct {
		name string
		err  error
		want int
	}{
		{"a fault", errors.New("disk on fire"), exitInternal},
		{"a flag", usageError(errors.New("unknown flag --frobnicate")), exitUsage},
		{"a configuration key", wrap(&config.Error{Key: "report.board", Msg: "is still the placeholder"}), exitUsage},
		{"no submissions folder", wrap(intake.ErrNoFolder), exitUsage},
		{"an update refused", &pipeline.UpdateRefusedError{Edited: "x.docx", Why: update.ErrNotDraft}, exitUsage},
		{"nothing usable", wrap(pipeline.ErrNothingUsable), exitInput},
		{"inspect's rejections", inputFailure(errors.New("2 of the documents could not be used")), exitInput},
		{"a locked output folder", wrap(&render.LockedError{Dir: "output"}), exitLocked},
		{"cancelled", wrap(context.Canceled), exitInterrupted},
	}
	for _, c := range cases {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("%s: exit %d, want %d", c.name, got, c.want)
		}
	}
}
