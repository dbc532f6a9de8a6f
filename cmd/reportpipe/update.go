package main

import (
	"context"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"
	"io"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
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
found; 4 when another reportpipe is working on the output folder.`,
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

// updateDraft brings the edited draft up to date through the library and
// says what changed; a draft it cannot update gets a fresh draft set
// instead, whose summary is printed before the refusal.
func updateDraft(ctx context.Context, cfg config.Config, edited string, out io.Writer) error {
	data, err := operatorfile.Read(edited, operatorfile.MaxDocument)
	if err != nil {
		return usageError(fmt.Errorf("%v: name the Word draft the reviewers edited", err))
	}
	p, err := newPipeline(cfg, true)
	if err != nil {
		return err
	}
	up, err := p.Update(ctx, edited, data)
	if refused, ok := errors.AsType[*pipeline.UpdateRefusedError](err); ok && refused.Fresh != nil && refused.FreshErr == nil {
		printSummary(out, refused.Fresh.Result, refused.Fresh.Paths)
	}
	if err != nil {
		return err
	}
	printChanges(out, edited, up)
	return nil
}

// printChanges says, per agency, what the update changed.
func printChanges(w io.Writer, edited string, up *pipeline.Updated) {
	fmt.Fprintf(w, "Updated %s with the current statements (tracked changes by %q):\n", edited, update.Author)
	for _, c := range up.Changes {
		fmt.Fprintf(w, "  %s: %s\n", c.Agency, c.Describe())
	}
	fmt.Fprintf(w, "Wrote:\n  %s\n  %s (review page: what this update changed, then the statements)\n", up.Path, up.Page)
	fmt.Fprintln(w, "Open it in Word or LibreOffice and go through the changes with Review ▸ Accept / Reject.")
}
