package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/render"
)

// errNothingUsable is returned when a run found no statement to compile.
var errNothingUsable = errors.New("no usable statement was found, so no report was written")

func newRunCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run [--submissions DIR] [--output DIR]",
		Short: "Compile the draft report from the submissions folder",
		Long: `run reads every submission, maps each statement into the template, analyses
them together and writes a new dated draft (Word, HTML review page, Markdown
and JSON) into the output folder. Earlier drafts are never overwritten.

Exit status: 0 when a report was written (even if some files were rejected;
they are listed), 3 when no usable statement was found, 2 for configuration
errors.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			return runOnce(cmd.Context(), cfg, cmd.OutOrStdout())
		},
	}
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// runOnce compiles and writes one draft, holding the output folder's lock.
func runOnce(ctx context.Context, cfg config.Config, out io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	release, err := lockOutput(cfg)
	if err != nil {
		return err
	}
	defer release()
	res, paths, err := compile(ctx, cfg)
	if err != nil {
		return err
	}
	printSummary(out, res, paths)
	if len(res.Report.Statements) == 0 {
		return inputFailure(errNothingUsable)
	}
	return nil
}

// lockOutput makes the output folder if needed and takes its lock, so only
// one run or watch works on it at a time.
func lockOutput(cfg config.Config) (release func(), err error) {
	if err := os.MkdirAll(cfg.Paths.Output, 0o755); err != nil {
		return nil, fmt.Errorf("output folder %s: %w", cfg.Paths.Output, err)
	}
	return render.AcquireLock(cfg.Paths.Output)
}

// compile runs the pipeline and writes the drafts.
func compile(ctx context.Context, cfg config.Config) (*pipeline.Result, []string, error) {
	bar := progress.New(os.Stderr, "reading submissions")
	p, err := pipeline.New(cfg, pipeline.WithLogger(newLogger()),
		pipeline.WithCache(intake.OpenCache(cacheDir(cfg))), pipeline.WithProgress(bar.Update))
	if err != nil {
		return nil, nil, usageError(err)
	}
	res, err := p.Run(ctx)
	if err != nil {
		return nil, nil, err
	}
	if len(res.Report.Statements) == 0 {
		return res, nil, nil
	}
	opts := render.Options{LowConfidence: cfg.Mapping.LowConfidence}
	if cfg.Paths.ReferenceDocx != "" {
		if opts.ReferenceDOCX, err = os.ReadFile(cfg.Paths.ReferenceDocx); err != nil {
			return nil, nil, usageError(fmt.Errorf("paths.reference_docx: %w", err))
		}
	}
	rs := render.All(opts)
	paths, err := render.WriteAll(cfg.Paths.Output, cfg.Report.Name, time.Now(), res.Report, rs)
	return res, paths, err
}

func cacheDir(cfg config.Config) string {
	return cfg.Paths.Output + string(os.PathSeparator) + ".cache"
}
