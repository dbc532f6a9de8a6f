// Command reportpipe compiles partner agencies' annual safeguarding
// statements into the draft annual report of a safeguarding children board.
// main only maps errors to exit codes; each command lives in its own file
// and makes one call into the library.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/reportpipe/reportpipe/internal/textsafe"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/publish"
	"github.com/reportpipe/reportpipe/pipeline/render"
)

// Exit codes, in one place (see the README's table).
const (
	exitOK          = 0
	exitInternal    = 1   // a fault of ours, or the environment (disk full, ...)
	exitUsage       = 2   // bad flags, arguments or configuration; a draft update or publish refused
	exitInput       = 3   // some submission could not be used
	exitLocked      = 4   // another reportpipe is working on the output folder
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells say)
)

func main() {
	// First of all: a process started to read one file does only that.
	pipeline.ReaderMain()
	if len(os.Args) == 1 && startedFromFileManager() {
		os.Exit(runDoubleClicked())
	}
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code. Ctrl-C and
// SIGTERM cancel the command's context, so the work under way stops and
// cleans up; a second Ctrl-C stops at once.
func run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }()
	root := newRootCmd()
	release := ownScratchOnWork(root)
	defer release()
	root.SetArgs(args)
	// File names and agency text are printed as they are; escaping control
	// characters on the way out means none can reach the terminal raw.
	root.SetOut(textsafe.Writer(os.Stdout))
	root.SetErr(textsafe.Writer(os.Stderr))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintln(os.Stderr, "reportpipe:", textsafe.Lines(msg))
	}
	if ctx.Err() != nil {
		return exitInterrupted
	}
	return exitCode(err)
}

// exitCode is the one place an error becomes an exit code: each kind of
// failure is a type (or a sentinel) where it happens, never a number.
func exitCode(err error) int {
	var (
		usage   *usageErr
		cfgErr  *config.Error
		locked  *render.LockedError
		refused *pipeline.UpdateRefusedError
		unready *publish.RefusedError
		input   *inputErr
	)
	switch {
	case errors.As(err, &locked):
		return exitLocked
	case errors.As(err, &usage), errors.As(err, &cfgErr), errors.As(err, &refused), errors.Is(err, intake.ErrNoFolder),
		errors.As(err, &unready), errors.Is(err, publish.ErrNotDraft):
		return exitUsage
	case errors.As(err, &input), errors.Is(err, pipeline.ErrNothingUsable):
		return exitInput
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	}
	return exitInternal
}

// usageErr is a mistake on the command line: a flag, an argument, a file
// named that cannot be used.
type usageErr struct{ err error }

func (e *usageErr) Error() string { return e.err.Error() }
func (e *usageErr) Unwrap() error { return e.err }

func usageError(err error) error { return &usageErr{err} }

// inputErr says some submission could not be used (inspect's rejections).
type inputErr struct{ err error }

func (e *inputErr) Error() string { return e.err.Error() }
func (e *inputErr) Unwrap() error { return e.err }

func inputFailure(err error) error { return &inputErr{err} }
