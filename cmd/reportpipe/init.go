package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/reportpipe/reportpipe"
	exampleconfig "github.com/reportpipe/reportpipe/config"
	examplechapters "github.com/reportpipe/reportpipe/examples/chapters"
	"github.com/reportpipe/reportpipe/templates"
)

func newInitCmd() *cobra.Command {
	var example bool
	cmd := &cobra.Command{
		Use:   "init [--example] [DIR]",
		Short: "Create a ready workspace: configuration, template, submissions and output folders",
		Long: `init creates DIR (default: the current folder) with reportpipe.yaml (the
documented configuration for your board, to edit), template.yaml (the
statement template, to adjust headings if needed), submissions/ and output/,
then prints the next steps. It asks nothing: the board's name and the
report's title are left as [placeholders] that run refuses to print, the
period is the reporting year that ended last, the deadline six weeks ahead,
and the agency list is empty with an example in a comment. The outline of
the whole report is laid out like a published annual report's twelve
sections, each chapter awaited in chapters/ until it is saved there.

With --example the configuration is instead the fictional Riverside board of
the bundled examples, with its fictional statements in submissions/ and its
chapters and tables in chapters/, so "reportpipe run" (or serve) compiles a
draft at once, for trying reportpipe out.

It never overwrites an existing configuration or template.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			cfg := exampleconfig.NewBoard(time.Now())
			var chapters fs.FS
			if example {
				cfg, chapters = exampleconfig.Example(time.Now()), examplechapters.Files
			}
			if err := initWorkspace(dir, cfg, chapters, cmd.OutOrStdout()); err != nil || !example {
				return err
			}
			return writeExamples(filepath.Join(dir, "submissions"), cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&example, "example", false, "write the fictional Riverside example configuration instead of one for your board")
	return cmd
}

// initWorkspace lays out dir with the configuration cfg. Existing folders
// are fine; an existing reportpipe.yaml or template.yaml stops it before
// anything is written.
func initWorkspace(dir string, cfg []byte, chapters fs.FS, out io.Writer) error {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return usageError(fmt.Errorf("%s is a file, not a folder: give init the folder to create the workspace in (for example %s)", dir, filepath.Dir(dir)))
	}
	files := []struct {
		name string
		data []byte
	}{
		{"reportpipe.yaml", cfg},
		{"template.yaml", templates.TemplateYAML},
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if _, err := os.Stat(p); err == nil {
			return usageError(fmt.Errorf("%s already exists; init never overwrites it. Edit it, or run init in another folder", p))
		}
	}
	for _, sub := range []string{"submissions", "output", "chapters"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return usageError(fmt.Errorf("cannot create the workspace folder %s: %s. Choose a folder you can write to", filepath.Join(dir, sub), pathProblem(err)))
		}
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	if err := writeChapters(filepath.Join(dir, "chapters"), chapters); err != nil {
		return err
	}
	printNextSteps(out, dir)
	return nil
}

// writeExamples copies the fictional example statements into subs, leaving
// alone any file of the same name already there.
func writeExamples(subs string, out io.Writer) error {
	files := reportpipe.ExampleStatements()
	names, err := fs.Glob(files, "*")
	if err != nil {
		return err
	}
	n := 0
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		path := filepath.Join(subs, name)
		if _, err := os.Lstat(path); err == nil {
			continue // the user's own file of that name stays
		}
		if err := writeNew(path, data); err != nil {
			return err
		}
		n++
	}
	fmt.Fprintf(out, "\nsubmissions/ holds %d fictional example statements: reportpipe run compiles a draft of them now.\n", n)
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
  chapters/         save the board's own chapters (Word, OpenDocument, Markdown) and tables (CSV, Excel)
                    here, named as the outline in reportpipe.yaml names them
  output/           the drafts appear here; earlier drafts are never overwritten

Next steps:
  1. %sedit reportpipe.yaml: fill in the [placeholders] (the board's name and
     the report's title), check the period and the deadline, and list the
     agencies you expect (with their other names and a contact to chase).
  2. Save statements into submissions/ as they arrive (subfolders are fine).
  3. reportpipe watch     rebuilds the draft whenever a file arrives (Ctrl-C stops),
     or reportpipe run    to build one draft now.
  4. reportpipe status    shows who has sent what; --chase writes an e-mail
     draft to each agency still to send something (output/chase/).
`, dir, cd)
}

// pathProblem is what the system said, without the path the message names.
func pathProblem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// writeChapters writes the example's chapters and tables into dir, never
// over a file already there (nil chapters: nothing to write).
func writeChapters(dir string, chapters fs.FS) error {
	if chapters == nil {
		return nil
	}
	names, err := fs.Glob(chapters, "*.*")
	if err != nil {
		return fmt.Errorf("init: %w", err)
	}
	for _, name := range names {
		if filepath.Ext(name) == ".go" {
			continue
		}
		data, err := fs.ReadFile(chapters, name)
		if err != nil {
			return fmt.Errorf("init: %w", err)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			continue // the board's own file stays as it is
		}
		if err := writeNew(filepath.Join(dir, name), data); err != nil {
			return err
		}
	}
	return nil
}
