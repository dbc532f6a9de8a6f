package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	exampleconfig "github.com/reportpipe/reportpipe/config"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// doubleClickArgs are the arguments of a start by a double-click: the web
// app, with the workspace found or made without asking.
var doubleClickArgs = []string{"serve", "--from-file-manager"}

// findOrMakeWorkspace makes sure a double-clicked reportpipe has a
// workspace: the one of the folder it was started in (or a parent), or
// reportpipe/ in the home folder, made there on the first start.
func findOrMakeWorkspace(out io.Writer) error {
	if _, path, err := config.LoadFrom("", nil); path != "" || err != nil {
		return nil // found one here (its errors are for loadWorkspace to tell)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return usageError(fmt.Errorf("no workspace here and no home folder to make one in (%v): start reportpipe in a folder made by reportpipe init", err))
	}
	dir := filepath.Join(home, "reportpipe")
	cfgPath := filepath.Join(dir, config.SearchPaths[0])
	if _, err := os.Stat(cfgPath); err != nil {
		if err := initWorkspace(dir, exampleconfig.NewBoard(time.Now()), nil, out); err != nil {
			return err
		}
	}
	globals.configPath = cfgPath
	return nil
}

func init() {
	cobra.MousetrapHelpText = "" // a double-click starts the web app instead
}

// runDoubleClicked runs the web app for a start by a double-click, and
// keeps the window open on an error so it can be read.
func runDoubleClicked() int {
	code := run(doubleClickArgs)
	if code != exitOK {
		waitBeforeClosing(os.Stderr)
	}
	return code
}

// waitBeforeClosing keeps a window opened by a double-click on screen so
// its last message can be read.
func waitBeforeClosing(out io.Writer) {
	fmt.Fprintln(out, "\nPress Enter to close this window.")
	var b [1]byte
	_, _ = os.Stdin.Read(b[:])
}
