package main

import (
	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/tempdir"
)

// noScratch marks a command that never writes a temporary file (its
// Annotations key), so starting it costs no sweep of the temporary folder.
const noScratch = "reportpipe/no-scratch"

// ownScratchOnWork makes every temporary file of this process live in one
// folder of its own, removed on the way out (Ctrl-C and SIGTERM included),
// sweeping what a killed run left. The folder is made only when a command
// starts its work: help, a usage error and version never touch the
// temporary folder, whose sweep (a listing of it, and removing what dead
// runs left) would otherwise be most of what `--help` costs on a machine
// with a full /tmp. Call the returned function on the way out.
func ownScratchOnWork(root *cobra.Command) (release func()) {
	cleanup := func() {}
	checks := root.PersistentPreRunE
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if checks != nil {
			if err := checks(cmd, args); err != nil {
				return err
			}
		}
		if cmd.Annotations[noScratch] == "" {
			cleanup = tempdir.Own("")
		}
		return nil
	}
	return func() { cleanup() }
}
