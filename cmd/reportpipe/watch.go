package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline"
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
			cfg, path, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			reload := func() (config.Config, error) {
				c, _, err := config.LoadFrom(path, cmd.Flags())
				if err == nil {
					err = c.CheckPlaceholders(path)
				}
				return c, err
			}
			return watchFolder(ctx, &watched{cfg: cfg, path: path, reload: reload}, cmd.OutOrStdout())
		},
	}
	cmd.Flags().Duration("poll", 0, "also list the submissions folder this often (overrides watch.poll, e.g. 3s)")
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// watched is the configuration a watch runs with, and how to read it again
// when its file (or the template it names) changes.
type watched struct {
	cfg    config.Config
	path   string // the configuration file; "" when the flags gave all
	reload func() (config.Config, error)
}

// files are the configuration and template files whose edits rebuild.
func (w *watched) files() []string {
	var out []string
	for _, f := range []string{w.path, w.cfg.Paths.Template} {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// update reads the configuration again after an edit. A bad edit keeps the
// last good configuration and says why; the folders a watch holds cannot
// change while it runs.
func (w *watched) update(out io.Writer) {
	c, err := w.reload()
	if err != nil {
		fmt.Fprintf(out, "The configuration has an error, so the last good one is still used:\n  %v\n", err)
		return
	}
	if c.Paths.Submissions != w.cfg.Paths.Submissions || c.Paths.Output != w.cfg.Paths.Output {
		fmt.Fprintln(out, "paths.submissions and paths.output take effect when watch is started again; the rest is used now.")
		c.Paths.Submissions, c.Paths.Output = w.cfg.Paths.Submissions, w.cfg.Paths.Output
	}
	w.cfg = c
	fmt.Fprintf(out, "Configuration changed: read %s again.\n", w.path)
}

// watchFolder holds the output folder's lock for the whole watch and
// rebuilds through runOnce, the code run uses (its own lock call nests).
func watchFolder(ctx context.Context, w *watched, out io.Writer) error {
	release, err := pipeline.LockOutput(w.cfg.Paths.Output)
	if err != nil {
		return err
	}
	defer release()
	first := true
	cfg := w.cfg
	var last builds
	steps := progress.NewPrinter(out) // OCR and conversions say what they do, page by page
	wt, err := watch.New(watch.Options{Root: cfg.Paths.Submissions, Ignore: []string{cfg.Paths.Output}, Also: append(w.files(), chapterFiles(cfg)...),
		Poll: cfg.Watch.Poll, Settle: cfg.Watch.Settle, Log: newLogger()},
		func(ctx context.Context, changed, held []string) error {
			if !first && touches(changed, w.files()) {
				w.update(out)
			}
			fmt.Fprintf(out, "\n%s  %s\n", time.Now().Format("15:04:05"), rebuildWhy(first, changed, held))
			first = false
			err := last.build(ctx, w, out, pipeline.WithLeftOut(held), pipeline.WithSteps(steps.Step))
			steps.Clear()
			if errors.Is(err, pipeline.ErrNothingUsable) {
				fmt.Fprintln(out, "No usable statement yet; waiting for files.")
				return nil
			}
			return err
		})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Watching %s (every %s as well as on change notices). Ctrl-C stops.\n", cfg.Paths.Submissions, cfg.Watch.Poll)
	if err := wt.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nStopped watching.")
	return nil
}

// rebuildWhy says why a draft is being built: the first build of a watch
// is not "N files changed", since nothing has.
func rebuildWhy(first bool, changed, held []string) string {
	if first {
		return "building the draft"
	}
	msg := fmt.Sprintf("rebuilding (%d file(s) changed)", len(changed))
	if len(held) > 0 {
		msg += fmt.Sprintf("; %d file(s) still being written are left out for now", len(held))
	}
	return msg
}

func touches(changed, files []string) bool {
	for _, c := range changed {
		for _, f := range files {
			if abs, err := filepath.Abs(f); err == nil && abs == c {
				return true
			}
		}
	}
	return false
}

// chapterFiles are the files of the outline's chapters and tables: saving
// one rebuilds the draft, like a statement arriving.
func chapterFiles(cfg config.Config) []string {
	var out []string
	for _, p := range cfg.Parts {
		if p.File != "" {
			out = append(out, filepath.Join(cfg.Paths.Chapters, p.File))
		}
	}
	return out
}
