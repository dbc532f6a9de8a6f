package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

func newRunCmd() *cobra.Command {
	var choose pipeline.DraftChoices
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
data still to check before publication. It is for a season no reviewer has
edited yet: once reviewers edit the Word draft, publish their copy with
"reportpipe publish EDITED.docx", so none of their edits is lost.

Exit status: 0 when a report was written (even if some files were rejected;
they are listed), 3 when no usable statement was found, 2 for configuration
errors, 4 when another reportpipe is working on the output folder.`,
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
	cmd.Flags().BoolVar(&choose.Force, "force", false, "write a new draft set even when nothing changed since the newest one")
	cmd.Flags().BoolVar(&choose.Final, "final", false, "also write the version to publish (.final.docx), without comments, source lines and review appendices")
	return cmd
}

// runOnce writes one draft through the library and says what it did.
func runOnce(ctx context.Context, cfg config.Config, out io.Writer, choose pipeline.DraftChoices, opts ...pipeline.Option) error {
	p, err := newPipeline(cfg, true, opts...)
	if err != nil {
		return err
	}
	d, err := p.Draft(ctx, choose)
	stderrSteps().Clear()
	if d != nil && (err == nil || errors.Is(err, pipeline.ErrNothingUsable)) {
		printDraft(out, d, choose)
	}
	return err
}

// printDraft is the summary of a draft: what was compiled and written,
// the version to publish's PDF and checks, or that nothing changed.
func printDraft(out io.Writer, d *pipeline.Draft, choose pipeline.DraftChoices) {
	printSummary(out, d.Result, d.Paths)
	if choose.Final && d.Paths != nil {
		if d.PDFErr != nil {
			fmt.Fprintf(out, "No PDF to publish: %v\n", d.PDFErr)
		} else {
			fmt.Fprintf(out, "  %s (tagged PDF of the version to publish)\n", d.PDF)
		}
		printBeforePublication(out, d.Result.Report)
		fmt.Fprintln(out, "Once reviewers edit the Word draft, publish their copy with: reportpipe publish EDITED.docx")
	}
	if st := d.Unchanged; st != nil {
		fmt.Fprintf(out, "No change since the draft of %s (%s): nothing new written.\n",
			st.At.Local().Format("15:04, 2 January"), st.Draft)
	}
}

// newPipeline builds the pipeline a command works with: its logger, the
// extraction cache in the output folder and, on long work, a progress bar.
func newPipeline(cfg config.Config, showProgress bool, extra ...pipeline.Option) (*pipeline.Pipeline, error) {
	opts := []pipeline.Option{pipeline.WithLogger(newLogger()), pipeline.WithCache(intake.OpenCache(pipeline.CacheDir(cfg)))}
	if showProgress {
		opts = append(opts, pipeline.WithProgress(progress.New(os.Stderr, "reading submissions").Update),
			pipeline.WithSteps(terminalSteps(stderrSteps())))
	}
	p, err := pipeline.New(cfg, append(opts, extra...)...)
	if err != nil {
		return nil, usageError(err)
	}
	return p, nil
}
