package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/publish"
)

func newPublishCmd() *cobra.Command {
	var opts publish.Options
	var allow []string
	cmd := &cobra.Command{
		Use:   "publish EDITED.docx [--accept-changes] [--drop-comments] [--allow KIND,...]",
		Short: "Write the version to publish from the reviewers' finished Word draft",
		Long: `publish makes the version to publish from EDITED.docx, the draft as the
reviewers finished it (EDITED.docx itself is never changed), and writes
into the output folder, all four or none:

  NAME-published-STAMP.docx                the report, as the reviewers left it
  NAME-published-STAMP.pdf                 a tagged PDF (PDF/UA) of it
  NAME-published-STAMP.html                one accessible web page of it
  NAME-published-STAMP.edits-register.html for the board's record, not for
                                           publication: every agency paragraph
                                           the reviewers changed, removed or
                                           added, word by word

First it lists what still needs a decision, each with its statement and
section: tracked changes not accepted or rejected, comments still open,
possible personal data in the edited text, statements still awaited, text
not placed in a section, pictures without alt text. While any remains it
refuses and writes nothing, unless the flags decide it:

  --accept-changes   accept every tracked change (it says how many); they
                     are never accepted otherwise
  --drop-comments    drop the comments still open
  --allow KIND,...   publish these as they are: awaited (an agency's
                     statement is still awaited), unplaced (keep the
                     appendix of text not placed), personal-data (each
                     finding was checked and is a service's contact)

Pictures without alt text cannot be allowed: add the alt text in Word
(right-click, Edit Alt Text) or LibreOffice (Properties, Alt Text).

It removes what reportpipe put in for review (source lines, the DRAFT
header and date, reportpipe's comments, the appendix of files not used,
the possible personal data and language-model drafts) and keeps everything
the reviewers wrote. LibreOffice starts once for the contents' page
numbers and the PDF.

Exit status: 0 when the set was written; 2 when open items remain (listed)
or EDITED.docx is not a reportpipe draft; 4 when another reportpipe is
working on the output folder; 1 when LibreOffice is missing or fails.`,
		Args: exactFiles(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, a := range allow {
				k, ok := allowKind(a)
				if !ok {
					return usageError(fmt.Errorf("--allow %s: not a kind that can be allowed (awaited, unplaced, personal-data)", a))
				}
				opts.Allow = append(opts.Allow, k)
			}
			cfg, _, err := loadWorkspace(cmd, true, "submissions", "output")
			if err != nil {
				return err
			}
			return publishEdited(cmd.Context(), cfg, args[0], opts, cmd.OutOrStdout())
		},
	}
	config.AddPathFlags(cmd.Flags())
	cmd.Flags().BoolVar(&opts.AcceptChanges, "accept-changes", false, "accept every tracked change still in the document, and say how many")
	cmd.Flags().BoolVar(&opts.DropComments, "drop-comments", false, "drop the comments still open")
	cmd.Flags().StringSliceVar(&allow, "allow", nil, "publish these open items as they are: awaited, unplaced, personal-data")
	return cmd
}

// allowKind reads a kind --allow names.
func allowKind(s string) (publish.Kind, bool) {
	for _, k := range publish.Allowable {
		if strings.EqualFold(strings.TrimSpace(s), strings.ReplaceAll(kindFlag(k), " ", "-")) {
			return k, true
		}
	}
	return "", false
}

// kindFlag is the word --allow takes for a kind.
func kindFlag(k publish.Kind) string {
	switch k {
	case publish.Awaited:
		return "awaited"
	case publish.Unplaced:
		return "unplaced"
	}
	return strings.ReplaceAll(string(k), " ", "-")
}

// publishEdited publishes the edited draft through the library and says
// what it wrote and decided.
func publishEdited(ctx context.Context, cfg config.Config, edited string, opts publish.Options, out io.Writer) error {
	data, err := os.ReadFile(edited)
	if err != nil {
		return usageError(fmt.Errorf("%s cannot be read (%s): name the Word draft the reviewers finished", edited, pathProblem(err)))
	}
	p, err := newPipeline(cfg, true)
	if err != nil {
		return err
	}
	pub, err := p.Publish(ctx, edited, data, opts)
	if err != nil {
		return err
	}
	printPublished(out, edited, pub)
	return nil
}

func printPublished(w io.Writer, edited string, pub *pipeline.Published) {
	fmt.Fprintf(w, "Published %s as:\n", edited)
	for _, f := range []string{pub.DOCX, pub.PDF, pub.HTML} {
		fmt.Fprintf(w, "  %s\n", f)
	}
	fmt.Fprintf(w, "Edits register (for the board's record, not for publication): %s\n", filepath.Base(pub.Register))
	fmt.Fprintf(w, "  %s\n", registerSummary(pub.Edits))
	if pub.Accepted > 0 {
		fmt.Fprintf(w, "Accepted %d tracked change(s) (--accept-changes).\n", pub.Accepted)
	}
	if pub.DroppedComments > 0 {
		fmt.Fprintf(w, "Dropped %d open comment(s) (--drop-comments).\n", pub.DroppedComments)
	}
	for _, it := range pub.Allowed {
		fmt.Fprintf(w, "Published as it is (--allow): %s\n", it)
	}
}

// registerSummary counts the register's lines by kind.
func registerSummary(edits []publish.Edit) string {
	if len(edits) == 0 {
		return "no agency text was changed: every statement is published as the agency sent it"
	}
	n := map[string]int{}
	agencies := []string{}
	for _, e := range edits {
		n[e.Kind]++
		if !slices.Contains(agencies, e.Agency) {
			agencies = append(agencies, e.Agency)
		}
	}
	return fmt.Sprintf("%d paragraph(s) changed, %d removed, %d added, in %d statement(s)",
		n[publish.EditChanged], n[publish.EditRemoved], n[publish.EditAdded], len(agencies))
}
