package main

import (
	"fmt"
	"io"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// printSummary tells the business manager what a run did, in plain words.
func printSummary(w io.Writer, res *pipeline.Result, paths []string) {
	r := res.Report
	fmt.Fprintf(w, "Compiled %d statement(s).\n", len(r.Statements))
	for _, st := range r.Statements {
		mark := ""
		if !st.AgencyKnown {
			mark = "  (not a configured agency: add it or an alias to the config)"
		}
		fmt.Fprintf(w, "  %-5s %s%s\n", st.Number, st.Agency, mark)
		for _, f := range r.FlagsOf(st) {
			fmt.Fprintf(w, "        ! %s\n", f.Message)
		}
	}
	// The words are status's: an agency that sent only files that could
	// not be used needs attention; one that sent nothing is missing.
	sentBad := map[string]bool{}
	for _, f := range res.Files {
		if f.Status == pipeline.FileRejected && f.Agency != "" {
			sentBad[f.Agency] = true
		}
	}
	var attention, missing []string
	for _, m := range r.Missing {
		if sentBad[m] {
			attention = append(attention, m)
		} else {
			missing = append(missing, m)
		}
	}
	if len(attention) > 0 {
		fmt.Fprintf(w, "%s (%d): sent only files that could not be used (see %s):\n", model.Capitalised(model.WordNeedsAttention), len(attention), model.Capitalised(model.WordRejected))
		for _, m := range attention {
			fmt.Fprintf(w, "  - %s\n", m)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "%s (%d): no statement yet from:\n", model.Capitalised(model.WordMissing), len(missing))
		for _, m := range missing {
			fmt.Fprintf(w, "  - %s\n", m)
		}
	}
	if len(r.Rejected) > 0 {
		fmt.Fprintf(w, "%s (%d) file(s):\n", model.Capitalised(model.WordRejected), len(r.Rejected))
		for _, x := range r.Rejected {
			fmt.Fprintf(w, "  - %s: %s\n", x.File, x.Reason)
		}
	}
	if len(r.Superseded) > 0 {
		fmt.Fprintf(w, "%s by a later version (%d):\n", model.Capitalised(model.WordSuperseded), len(r.Superseded))
		for _, s := range r.Superseded {
			why := ""
			if s.Why != "" {
				why = ": " + s.Why
			}
			fmt.Fprintf(w, "  - %s (replaced by %s%s)\n", s.File, s.By, why)
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "Note: %s\n", n)
	}
	if len(paths) == 0 {
		if len(r.Statements) == 0 {
			fmt.Fprintln(w, "No draft was written.")
		}
		return
	}
	fmt.Fprintln(w, "Wrote:")
	for _, p := range paths {
		fmt.Fprintf(w, "  %s\n", p)
	}
}
