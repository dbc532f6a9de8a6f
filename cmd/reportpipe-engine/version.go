package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/buildinfo"
)

// version is stamped in by make dist (-ldflags "-X main.version=..."),
// into this engine and into the front (cmd/reportpipe) alike.
var version = "dev"

// versionString is the version line, the same as the front's.
func versionString() string { return buildinfo.Version(version) }

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print reportpipe's version",
		Args:  cobra.NoArgs,
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), versionString()) },
	}
}
