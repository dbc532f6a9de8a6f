// Command reportpipe compiles partner agencies' annual safeguarding
// statements into the draft annual report of a safeguarding children board.
// main only maps errors to exit codes; each command lives in its own file.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/reportpipe/reportpipe/internal/textsafe"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// Exit codes, in one place (see the README).
const (
	exitOK       = 0
	exitInternal = 1 // a fault of ours, or the environment (disk full, ...)
	exitUsage    = 2 // bad flags, arguments or configuration
	exitInput    = 3 // some submission could not be used
)

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(err error) error   { return &exitError{code: exitUsage, err: err} }
func inputFailure(err error) error { return &exitError{code: exitInput, err: err} }

func main() {
	if len(os.Args) == 1 && startedFromFileManager() {
		os.Exit(runDoubleClicked())
	}
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the exit code.
func run(args []string) int {
	root := newRootCmd()
	root.SetArgs(args)
	// File names and agency text are printed as they are; escaping control
	// characters on the way out means none can reach the terminal raw.
	root.SetOut(textsafe.Writer(os.Stdout))
	root.SetErr(textsafe.Writer(os.Stderr))
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintln(os.Stderr, "reportpipe:", textsafe.Lines(ee.err.Error()))
		}
		return ee.code
	}
	fmt.Fprintln(os.Stderr, "reportpipe:", textsafe.Lines(err.Error()))
	if errors.Is(err, intake.ErrNoFolder) {
		return exitUsage
	}
	return exitInternal
}
