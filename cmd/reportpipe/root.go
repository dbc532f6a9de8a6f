package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/logging"
	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// globalFlags are the flags every command takes.
type globalFlags struct {
	configPath string
	logJSON    bool
	verbose    bool
}

var globals globalFlags

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "reportpipe",
		Short: "Compile partner agencies' safeguarding statements into the annual report",
		Long: `reportpipe reads the partner agency statements saved in a submissions
folder (Word, PDF, LibreOffice, saved e-mails), places every paragraph in the
standard template (Agency Context, Safeguarding Children Activity, Outcomes and
Impact, Key Successes, Key Areas for Development), and writes an editable Word
draft, a review page, Markdown and JSON. It never rewrites agency text and runs
offline unless a language model is configured.

Start with "reportpipe init", save statements into submissions/, then
"reportpipe run" (or "reportpipe watch") and "reportpipe status".`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVarP(&globals.configPath, "config", "c", "", "configuration file (default: reportpipe.yaml or config/reportpipe.yaml if present)")
	root.PersistentFlags().BoolVar(&globals.logJSON, "log-json", false, "write logs as JSON lines (for machines)")
	root.PersistentFlags().BoolVarP(&globals.verbose, "verbose", "v", false, "log more detail")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.AddCommand(newInitCmd(), newRunCmd(), newWatchCmd(), newStatusCmd(), newInspectCmd(), newEvalCmd(), newUpdateCmd(), newPublishCmd())
	root.AddCommand(newServeCmd(), newVersionCmd())
	typedUsage(root)
	return root
}

// loadConfig reads and validates the configuration for cmd; any problem is
// a usage error (exit 2) that names the key.
func loadConfig(cmd *cobra.Command) (config.Config, error) {
	cfg, _, err := loadConfigFrom(cmd)
	return cfg, err
}

func loadConfigFrom(cmd *cobra.Command) (config.Config, string, error) {
	cfg, path, err := config.LoadFrom(globals.configPath, cmd.Flags())
	if err != nil {
		return cfg, path, usageError(err)
	}
	for _, w := range assemble.AliasWarnings(cfg.Agencies) {
		fmt.Fprintln(cmd.ErrOrStderr(), "reportpipe: warning:", w)
	}
	return cfg, path, nil
}

// loadWorkspace is loadConfig for the commands that work on a workspace
// (run, watch, status): without a configuration file they need the named
// flags, and they say which file they use. With forDraft the title-page
// values must not be placeholders any more.
func loadWorkspace(cmd *cobra.Command, forDraft bool, flags ...string) (config.Config, string, error) {
	cfg, path, err := loadConfigFrom(cmd)
	if err != nil {
		return cfg, path, err
	}
	if path == "" {
		for _, f := range flags {
			if !cmd.Flags().Changed(f) {
				return cfg, path, usageError(config.ErrNoWorkspace)
			}
		}
	} else {
		fmt.Fprintln(cmd.ErrOrStderr(), "reportpipe: using", path)
	}
	if forDraft {
		if err := cfg.CheckPlaceholders(path); err != nil {
			return cfg, path, usageError(err)
		}
	}
	return cfg, path, nil
}

func newLogger() *slog.Logger {
	level := slog.LevelWarn
	if globals.verbose {
		level = slog.LevelDebug
	}
	return logging.NewLogger(os.Stderr, globals.logJSON, level)
}

// argsAtLeast is cobra.MinimumNArgs with a usage exit code.
func argsAtLeast(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError(fmt.Errorf("%s needs at least %d file argument(s); see %s --help", cmd.Name(), n, cmd.CommandPath()))
		}
		return nil
	}
}
