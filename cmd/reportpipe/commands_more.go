package main

import "github.com/spf13/cobra"

// addMoreCommands registers the commands that live in their own files.
func addMoreCommands(root *cobra.Command) {}
