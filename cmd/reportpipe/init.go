package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	exampleconfig "github.com/reportpipe/reportpipe/config"
	"github.com/reportpipe/reportpipe/templates"
)

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create a ready workspace: configuration, template, submissions and output folders",
		Long: `init creates DIR (default: the current folder) with reportpipe.yaml (the
documented example configuration to edit), template.yaml (the statement
template, to adjust headings if needed), submissions/ and output/, then prints
the next steps. It never overwrites an existing configuration or template.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return initWorkspace(dir, cmd.OutOrStdout())
		},
	}
}

// initWorkspace lays out dir. Existing folders are fine; an existing
// reportpipe.yaml or template.yaml stops it before anything is written.
func initWorkspace(dir string, out io.Writer) error {
	files := []struct {
		name string
		data []byte
	}{
		{"reportpipe.yaml", exampleconfig.Workspace()},
		{"template.yaml", templates.TemplateYAML},
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if _, err := os.Stat(p); err == nil {
			return usageError(fmt.Errorf("%s already exists; init never overwrites it. Edit it, or run init in another folder", p))
		}
	}
	for _, sub := range []string{"submissions", "output"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return fmt.Errorf("init: %w", err)
		}
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	printNextSteps(out, dir)
	return nil
}

// writeNew creates path, failing if it appeared meanwhile.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usageError(fmt.Errorf("%s already exists; init never overwrites it", path))
	}
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	_, werr := f.Write(data)
	if err := errors.Join(werr, f.Close()); err != nil {
		return fmt.Errorf("init %s: %w", path, err)
	}
	return nil
}

func printNextSteps(out io.Writer, dir string) {
	cd := ""
	if dir != "." {
		cd = fmt.Sprintf("cd %q, then ", dir)
	}
	fmt.Fprintf(out, `Created a reportpipe workspace in %s:
  reportpipe.yaml   the configuration (every setting explained inside)
  template.yaml     the statement template: sections and the headings agencies use
  submissions/      save the agencies' statements here (Word, PDF, OpenDocument or saved e-mails)
  output/           the drafts appear here; earlier drafts are never overwritten

Next steps:
  1. %sedit reportpipe.yaml: the board, the period, the deadline and the
     agencies you expect (with their other names and a contact to chase).
  2. Save statements into submissions/ as they arrive (subfolders are fine).
  3. reportpipe watch     rebuilds the draft whenever a file arrives (Ctrl-C stops),
     or reportpipe run    to build one draft now.
  4. reportpipe status    shows who has sent what; --chase lists who to chase.
`, dir, cd)
}
