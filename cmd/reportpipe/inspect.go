package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/textsafe"
	"github.com/reportpipe/reportpipe/pipeline"
)

func newInspectCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "inspect [--json] FILE...",
		Short: "Show what reportpipe reads from submission files and where each block goes",
		Long: `inspect reads each FILE as a submission (sniffing its real format), extracts
its blocks and maps them into the template, without writing anything. Use it to
see why a file is rejected or how a statement was placed.

With --json it prints one JSON object per file (one per line), with the
file, format, status ("ok" or "rejected"), reason, agency and blocks (kind,
level, text, section, confidence, page).

Exit status: 0 when every file was read, 3 when any was rejected, 2 for usage
or configuration errors.`,
		Args: argsAtLeast(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			p, err := pipeline.New(cfg, pipeline.WithLogger(newLogger()))
			if err != nil {
				return usageError(err)
			}
			return inspectFiles(cmd.Context(), p, args, asJSON, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, one object per file")
	return cmd
}

// inspectFiles reads and maps every file, printing as it goes.
func inspectFiles(ctx context.Context, p *pipeline.Pipeline, files []string, asJSON bool, w io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	rejected := 0
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		v, err := p.InspectFile(ctx, f)
		if err != nil {
			return err
		}
		out := inspectView(v)
		if out.Status != "ok" {
			rejected++
		}
		if asJSON {
			err = enc.Encode(out)
		} else {
			printOutline(w, out)
		}
		if err != nil {
			return err
		}
	}
	if s := p.SentSummary(); s != "" {
		fmt.Fprintln(textsafe.Writer(os.Stderr), "reportpipe:", s)
	}
	if rejected > 0 {
		return inputFailure(fmt.Errorf("%d of the documents could not be used (see the reasons above)", rejected))
	}
	return nil
}
