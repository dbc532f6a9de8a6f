// Command reportpipe is the small front of reportpipe: it answers
// `reportpipe --help` (and -h, help) and `reportpipe version` itself and
// hands every other command line to the engine, reportpipe-engine, the
// executable beside it that holds the commands (cmd/reportpipe-engine), as
// git and the go tool hand theirs to helper executables.
//
// Why two executables: Go runs the initialiser of every package linked into
// a program before main, and the engine links the PDF, spreadsheet and
// Markdown libraries, viper, net/http and the web app, whose initialisers
// cost several times a whole Go hello world. This front links none of them
// (TestFrontLinksNoHeavyLibrary), so asking for help costs about what a
// hello world costs. Its help text is the engine's, captured in
// help_gen.go (TestFrontHelpIsEngineHelp fails when they differ; `go
// generate ./cmd/reportpipe` captures it again).
//
// Arguments, standard input and output, the environment and the exit code
// pass through unchanged: on Unix the front becomes the engine (execve, the
// same process); elsewhere it runs the engine and exits with its code.
package main

import (
	"fmt"
	"os"

	"github.com/reportpipe/reportpipe/internal/buildinfo"
	"github.com/reportpipe/reportpipe/internal/textsafe"
)

//go:generate go test -run TestFrontHelpIsEngineHelp -update .

// version is stamped in by make dist (-ldflags "-X main.version=..."),
// into this front and into the engine alike.
var version = "dev"

// exitInternal is the engine's exit code for a fault of the environment
// (see the README's table): here, an engine that is missing or cannot start.
const exitInternal = 1

func main() {
	args := os.Args[1:]
	switch {
	case answersHelp(args):
		os.Stdout.WriteString(helpText)
		return
	case len(args) == 1 && args[0] == "version":
		fmt.Println(buildinfo.Version(version))
		return
	}
	if err := runEngine(args); err != nil {
		fmt.Fprintln(os.Stderr, "reportpipe:", textsafe.Lines(err.Error()))
		os.Exit(exitInternal)
	}
}

// answersHelp reports whether args ask for the top-level help alone, in
// one of the forms the engine answers with the same text. Anything more
// (a command's help, a flag before --help) is the engine's to answer.
func answersHelp(args []string) bool {
	if len(args) != 1 {
		return false
	}
	switch args[0] {
	case "--help", "-h", "help":
		return true
	}
	return false
}
