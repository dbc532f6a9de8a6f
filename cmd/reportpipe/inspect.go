package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe/internal/textsafe"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

func newInspectCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "inspect [--json] FILE...",
		Short: "Show what reportpipe reads from submission files and where each block goes",
		Long: `inspect reads each FILE as a submission (sniffing its real format), extracts
its blocks and maps them into the template, without writing a draft. Use it to
see why a file is rejected or how a statement was placed.

For a file in the workspace's submissions folder it uses the workspace's cache
(output/.cache) and says whether a later version supersedes it, from the last
run's decisions or the cache: it never converts or OCRs another file to answer.

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
			defer stderrSteps().Clear()
			opts := []pipeline.Option{pipeline.WithLogger(newLogger()), pipeline.WithSteps(terminalSteps(stderrSteps()))}
			if inSubmissions(cfg, args) {
				opts = append(opts, pipeline.WithCache(intake.OpenCache(pipeline.CacheDir(cfg))))
			}
			p, err := pipeline.New(cfg, opts...)
			if err != nil {
				return usageError(err)
			}
			defer p.Close()
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
	for _, f := range files {
		if _, err := os.Lstat(f); errors.Is(err, fs.ErrNotExist) {
			return usageError(fmt.Errorf("%s: there is no such file; check the name and the folder", f))
		}
	}
	// The files themselves first: that fills the cache, so the folder's
	// run below finds them there.
	views := make([]pipeline.FileView, len(files))
	for i, f := range files {
		v, err := p.InspectFile(ctx, f)
		if err != nil {
			return err
		}
		views[i] = v
	}
	later := supersededIn(ctx, p, files)
	rejected := 0
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, f := range files {
		out := inspectView(views[i])
		var err error
		out.SupersededBy = later[f]
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

// inSubmissions reports whether any of files sits in the configured
// submissions folder: then inspect works in that workspace, with its cache.
func inSubmissions(cfg config.Config, files []string) bool {
	root, err := filepath.Abs(cfg.Paths.Submissions)
	if err != nil {
		return false
	}
	for _, f := range files {
		if abs, err := filepath.Abs(f); err == nil && strings.HasPrefix(abs, root+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// supersededIn says, for the files that sit in the submissions folder,
// which are superseded in a run over it and by what: a file can be
// readable on its own and still not be the version the report uses. The
// folder's other files come from the cache, or are read only where that is
// quick (Pipeline.Quick): answering never converts a .doc or OCRs
// a scan that is not the one inspected.
func supersededIn(ctx context.Context, p *pipeline.Pipeline, files []string) map[string]string {
	cfg := p.Config()
	if !inSubmissions(cfg, files) {
		return nil
	}
	fates, ok := p.KnownFates(ctx) // the last run's, while the folder stands as it read it
	if !ok {
		res, err := p.Quick().Run(ctx)
		if err != nil {
			return nil // the folder cannot be read: inspect the files alone
		}
		fates = res.Files
	}
	out := map[string]string{}
	for _, o := range fates {
		if o.Status != pipeline.FileSuperseded {
			continue
		}
		for _, f := range files {
			if abs, _ := filepath.Abs(f); abs == mustAbs(o.Path) && o.Attachment == "" {
				out[f] = o.By + " (" + o.Reason + ")"
			}
		}
	}
	return out
}

func mustAbs(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
