package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// cobra's own argument and flag-group errors are plain fmt errors, so the
// only way to know them afterwards would be their wording. Instead every
// check cobra makes on the command line runs through these wrappers, which
// give its error the usage exit code at the place it is made. Flag parsing
// errors get theirs from the root's FlagErrorFunc.

// typedUsage makes the root and every command's checks of the command line
// return usage errors. Call it after all commands are added.
func typedUsage(root *cobra.Command) {
	root.Args = unknownCommand
	root.SuggestionsMinimumDistance = 2 // cobra's default, which it sets only on its own path
	// A root with Args must be runnable, or cobra shows the help for any
	// argument instead of checking it; bare "reportpipe" still shows help.
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	root.Annotations = map[string]string{noScratch: "yes"}
	root.PersistentPreRunE = checkFlagGroups
	for _, c := range root.Commands() {
		if c.Args != nil {
			c.Args = usageArgs(c.Args)
		}
	}
}

// usageArgs gives the errors of an argument check the usage exit code.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError(err)
		}
		return nil
	}
}

// unknownCommand is cobra's check of the root's arguments (a word that
// names no command), with its suggestions, as a usage error.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
	}
	return usageError(fmt.Errorf("%s\nRun '%s --help' for the commands", msg, cmd.CommandPath()))
}

// checkFlagGroups runs cobra's required-flag and flag-group checks (such as
// status's --json with --chase) before the command, where their errors can
// be given the usage exit code; cobra's own later run of them then passes.
func checkFlagGroups(cmd *cobra.Command, _ []string) error {
	if err := cmd.ValidateRequiredFlags(); err != nil {
		return usageError(err)
	}
	if err := cmd.ValidateFlagGroups(); err != nil {
		return usageError(err)
	}
	return nil
}
