package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/watch"
)

func newWatchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watch [--poll 3s]",
		Short: "Compile a draft now, then again whenever submissions arrive or change",
		Long: `watch does what run does, then keeps watching the submissions folder and
writes a new draft when files arrive, change or go. It waits until a file is
completely saved before reading it, gathers a burst of files into one rebuild,
and also looks at the folder every --poll interval, since network shares send
no change notices. A file that cannot be used is reported and the watch goes
on. Only one run or watch works on an output folder at a time. Ctrl-C stops.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return watchFolder(ctx, cfg, cmd.OutOrStdout())
		},
	}
	cmd.Flags().Duration("poll", 0, "also list the submissions folder this often (overrides watch.poll, e.g. 3s)")
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// watchFolder holds the output folder's lock for the whole watch and
// rebuilds through runOnce, the code run uses (its own lock call nests).
func watchFolder(ctx context.Context, cfg config.Config, out io.Writer) error {
	release, err := lockOutput(cfg)
	if err != nil {
		return err
	}
	defer release()
	w, err := watch.New(watch.Options{Root: cfg.Paths.Submissions, Ignore: []string{cfg.Paths.Output},
		Poll: cfg.Watch.Poll, Settle: cfg.Watch.Settle, Log: newLogger()},
		func(ctx context.Context, changed []string) error {
			fmt.Fprintf(out, "\n%s  rebuilding (%d file(s) changed)\n", time.Now().Format("15:04:05"), len(changed))
			err := runOnce(ctx, cfg, out, false)
			if errors.Is(err, errNothingUsable) {
				fmt.Fprintln(out, "No usable statement yet; waiting for files.")
				return nil
			}
			return err
		})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Watching %s (every %s as well as on change notices). Ctrl-C stops.\n", cfg.Paths.Submissions, cfg.Watch.Poll)
	if err := w.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nStopped watching.")
	return nil
}
