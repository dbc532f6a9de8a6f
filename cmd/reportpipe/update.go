package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/progress"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

func newUpdateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "update EDITED.docx [--submissions DIR] [--output DIR]",
		Short: "Bring the reviewers' edited Word draft up to date as tracked changes",
		Long: `update reads the submissions as run does and writes a new dated copy of
EDITED.docx (a draft reportpipe wrote, as the reviewers edited it) into the
output folder, with every change since that draft as a Word tracked change
by "reportpipe": an agency's new version word by word, a late statement
inserted in its place, a withdrawn statement shown deleted. The reviewers'
own edits, comments and tracked changes are kept as they are; where a
reviewer edited a paragraph that the agency also changed, the agency's new
paragraph is inserted after theirs with a comment. EDITED.docx itself is
never changed.

Beside the updated draft it writes its review page (same name, .html): the
changes it brought in, per agency, then the usual review page.

Exit status: 0 when the updated draft was written; 2 when EDITED.docx is
not a reportpipe draft or its statements cannot be found in it: then a
fresh draft set is written instead, as run does, and named, so the edits
must be carried over by hand that once; 3 when no usable statement was
found.`,
		Args: exactFiles(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, _, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			return updateDraft(cmd.Context(), cfg, args[0], cmd.OutOrStdout())
		},
	}
	config.AddPathFlags(cmd.Flags())
	return cmd
}

// exactFiles is cobra.ExactArgs with a message that says what is wanted.
func exactFiles(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError(fmt.Errorf("%s needs the edited draft (one .docx file); see %s --help", cmd.Name(), cmd.CommandPath()))
		}
		return nil
	}
}

// updateDraft compiles the submissions and writes the updated copy of the
// edited draft, holding the output folder's lock as run does. A draft it
// cannot update gets a fresh draft set instead (freshInstead).
func updateDraft(ctx context.Context, cfg config.Config, edited string, out io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	data, err := os.ReadFile(edited)
	if err != nil {
		return usageError(fmt.Errorf("%s cannot be read (%s): name the Word draft the reviewers edited", edited, pathProblem(err)))
	}
	release, err := lockOutput(cfg)
	if err != nil {
		return err
	}
	defer release()
	if err := update.Check(data); refused(err) { // before reading every submission
		return freshInstead(ctx, cfg, edited, err, out)
	} else if err != nil {
		return err
	}
	res, err := compileOnly(ctx, cfg)
	if err != nil {
		return err
	}
	opts, err := draftOptions(cfg)
	if err != nil {
		return err
	}
	now := time.Now()
	up, err := update.Apply(data, res.Report, update.Options{Docx: opts, Now: now})
	if refused(err) {
		return freshInstead(ctx, cfg, edited, err, out)
	} else if err != nil {
		return err
	}
	return publishUpdate(cfg, res.Report, edited, up, now, out)
}

// publishUpdate writes the updated draft and its review page, and says
// what changed.
func publishUpdate(cfg config.Config, r *model.Report, edited string, up *update.Result, now time.Time, out io.Writer) error {
	stem := filepath.Join(cfg.Paths.Output, render.SafeName(cfg.Report.Name)+"-updated-"+now.Format(render.StampLayout))
	path, err := render.PublishNew(stem, ".docx", up.DOCX)
	if err != nil {
		return fmt.Errorf("writing the updated draft into %s: %w", cfg.Paths.Output, err)
	}
	page, err := writeUpdatePage(r, cfg.Mapping.LowConfidence, updateSummary(edited, path, up.Changes), path)
	if err != nil {
		return fmt.Errorf("the updated draft %s was written, but not its review page: %w", path, err)
	}
	printChanges(out, edited, up.Changes, path, page)
	return nil
}

// refused reports whether err is update's refusal of a draft it cannot
// match, rather than a fault.
func refused(err error) bool {
	return errors.Is(err, update.ErrNotDraft) || errors.Is(err, update.ErrUnmatched)
}

// compileOnly runs the pipeline as run does, without writing a draft.
func compileOnly(ctx context.Context, cfg config.Config) (*pipeline.Result, error) {
	bar := progress.New(os.Stderr, "reading submissions")
	p, err := pipeline.New(cfg, pipeline.WithLogger(newLogger()),
		pipeline.WithCache(intake.OpenCache(cacheDir(cfg))), pipeline.WithProgress(bar.Update))
	if err != nil {
		return nil, usageError(err)
	}
	res, err := p.Run(ctx)
	if err != nil {
		return nil, err
	}
	if len(res.Report.Statements) == 0 {
		return nil, inputFailure(errNothingUsable)
	}
	return res, nil
}

// draftOptions are the Word draft's options run would use.
func draftOptions(cfg config.Config) (docx.Options, error) {
	opts := docx.Options{LowConfidence: cfg.Mapping.LowConfidence}
	if cfg.Paths.ReferenceDocx != "" {
		var err error
		if opts.Reference, err = os.ReadFile(cfg.Paths.ReferenceDocx); err != nil {
			return opts, usageError(fmt.Errorf("paths.reference_docx: %w", err))
		}
	}
	return opts, nil
}

// printChanges says, per agency, what the update changed.
func printChanges(w io.Writer, edited string, changes []update.Change, path, page string) {
	fmt.Fprintf(w, "Updated %s with the current statements (tracked changes by %q):\n", edited, update.Author)
	for _, c := range changes {
		fmt.Fprintf(w, "  %s: %s\n", c.Agency, describe(c))
	}
	fmt.Fprintf(w, "Wrote:\n  %s\n  %s (review page: what this update changed, then the statements)\n", path, page)
	fmt.Fprintln(w, "Open it in Word or LibreOffice and go through the changes with Review ▸ Accept / Reject.")
}

// describe is one agency's change in words: the plain counts as "N
// changed, M inserted block(s)", then the clashes with the reviewers'
// edits, each explained.
func describe(c update.Change) string {
	var counts, clashes []string
	add := func(to *[]string, n int, what string) {
		if n > 0 {
			*to = append(*to, strconv.Itoa(n)+" "+what)
		}
	}
	add(&counts, c.Changed, "changed")
	add(&counts, c.Inserted, "inserted")
	add(&counts, c.Deleted, "deleted")
	add(&clashes, c.Conflicts, "also edited (or deleted) in the draft: the agency's version inserted after it, with a comment")
	add(&clashes, c.Kept, "removed by the agency but edited in the draft: kept, with a comment")
	parts := clashes
	if len(counts) > 0 {
		parts = append([]string{strings.Join(counts, ", ") + " block(s)"}, clashes...)
	}
	if len(parts) == 0 {
		return string(c.Status)
	}
	return string(c.Status) + ": " + strings.Join(parts, "; ")
}
