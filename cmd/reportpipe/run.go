package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
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

// runChoices are the run's flags that change what is written.
type runChoices struct {
	// force writes a set even when nothing changed since the newest one.
	force bool
	// final adds the version to publish; asking for it always writes.
	final bool
}

func newRunCmd() *cobra.Command {
	var choose runChoices
	cmd := &cobra.Command{
		Use:   "run [--submissions DIR] [--output DIR] [--force] [--final]",
		Short: "Compile the draft report from the submissions folder",
		Long: `run reads every submission, maps each statement into the template, analyses
them together and writes a new dated draft (Word, HTML review page, Markdown
and JSON) into the output folder. Earlier drafts are never overwritten. When
nothing changed since the newest draft (same submissions, same configuration),
it says so and writes nothing; --force writes a new set anyway.

--final also writes the version to publish (NAME-draft-STAMP.final.docx): the
same report without comments, source lines, the appendix of files not used,
the reviewers' list of possible personal data, language-model drafts and the
draft header, and where LibreOffice is installed a tagged PDF of it
(NAME-draft-STAMP.final.pdf) for the website. It lists the possible personal
data still to check before publication.

Exit status: 0 when a report was written (even if some files were rejected;
they are listed), 3 when no usable statement was found, 2 for configuration
errors.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			return runOnce(cmd.Context(), cfg, cmd.OutOrStdout(), choose)
		},
	}
	config.AddPathFlags(cmd.Flags())
	cmd.Flags().BoolVar(&choose.force, "force", false, "write a new draft set even when nothing changed since the newest one")
	cmd.Flags().BoolVar(&choose.final, "final", false, "also write the version to publish (.final.docx), without comments, source lines and review appendices")
	return cmd
}

// runOnce compiles and writes one draft, holding the output folder's lock.
func runOnce(ctx context.Context, cfg config.Config, out io.Writer, choose runChoices, opts ...pipeline.Option) error {
	if ctx == nil {
		ctx = context.Background()
	}
	release, err := lockOutput(cfg)
	if err != nil {
		return err
	}
	defer release()
	res, paths, same, err := compile(ctx, cfg, choose, opts...)
	if err != nil {
		return err
	}
	printSummary(out, res, paths)
	if choose.final && paths != nil {
		publishPDF(ctx, out, paths)
		printBeforePublication(out, res.Report)
	}
	if same != nil {
		fmt.Fprintf(out, "No change since the draft of %s (%s): nothing new written.\n",
			same.At.Local().Format("15:04, 2 January"), same.Draft)
	}
	if len(res.Report.Statements) == 0 {
		return inputFailure(errNothingUsable)
	}
	return nil
}

// publishPDF writes the tagged PDF of the version to publish, or says why
// not; the run has done its work either way.
func publishPDF(ctx context.Context, out io.Writer, paths []string) {
	for _, p := range paths {
		if !strings.HasSuffix(p, ".final.docx") {
			continue
		}
		pdf, err := writeTaggedPDF(ctx, p)
		if err != nil {
			fmt.Fprintf(out, "No PDF to publish: %v\n", err)
			return
		}
		fmt.Fprintf(out, "  %s (tagged PDF of the version to publish)\n", pdf)
	}
}

// lockOutput makes the output folder if needed and takes its lock, so only
// one run or watch works on it at a time.
func lockOutput(cfg config.Config) (release func(), err error) {
	if err := os.MkdirAll(cfg.Paths.Output, 0o755); err != nil {
		return nil, usageError(fmt.Errorf("the output folder %s cannot be created (%s): set paths.output (or --output) to a folder you can write to",
			cfg.Paths.Output, pathProblem(err)))
	}
	return render.AcquireLock(cfg.Paths.Output)
}

// compile runs the pipeline and writes the drafts, unless (without force)
// the newest set already holds the same content: then same is its stamp.
func compile(ctx context.Context, cfg config.Config, choose runChoices, extra ...pipeline.Option) (res *pipeline.Result, paths []string, same *contentStamp, err error) {
	bar := progress.New(os.Stderr, "reading submissions")
	steps := progress.NewPrinter(os.Stderr)
	defer steps.Clear()
	opts := append([]pipeline.Option{pipeline.WithLogger(newLogger()), pipeline.WithSteps(terminalSteps(steps)),
		pipeline.WithCache(intake.OpenCache(cacheDir(cfg))), pipeline.WithProgress(bar.Update)}, extra...)
	p, err := pipeline.New(cfg, opts...)
	if err != nil {
		return nil, nil, nil, usageError(err)
	}
	if res, err = p.Run(ctx); err != nil {
		return nil, nil, nil, err
	}
	if len(res.Report.Statements) == 0 {
		return res, nil, nil, nil
	}
	fp := fingerprint(res.Report)
	if st, ok := unchangedSince(cfg.Paths.Output, fp); ok && !choose.force && !choose.final {
		return res, nil, &st, nil
	}
	ropts := render.Options{LowConfidence: cfg.Mapping.LowConfidence, Final: choose.final}
	if cfg.Paths.ReferenceDocx != "" {
		if ropts.ReferenceDOCX, err = os.ReadFile(cfg.Paths.ReferenceDocx); err != nil {
			return nil, nil, nil, usageError(fmt.Errorf("paths.reference_docx: %w", err))
		}
	}
	if choose.final {
		ropts.FinalContentsPages = contentsPages(ctx, res.Report, ropts)
	}
	now := time.Now()
	paths, err = render.WriteAll(cfg.Paths.Output, cfg.Report.Name, now, res.Report, render.All(ropts))
	if err == nil {
		recordContent(cfg.Paths.Output, fp, paths, now)
	}
	return res, paths, nil, err
}

func cacheDir(cfg config.Config) string {
	return cfg.Paths.Output + string(os.PathSeparator) + ".cache"
}
