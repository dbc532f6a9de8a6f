package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// printBeforePublication lists what must still be checked before the
// version to publish goes out: every possible piece of personal data the
// analysis found (they stay until the text changes, since reportpipe never
// edits agency text), the text not placed in a section, and the awaited
// statements. It says plainly when there is nothing.
func printBeforePublication(w io.Writer, r *model.Report) {
	var pd []model.PersonalDataFinding
	if r.Analysis != nil {
		pd = r.Analysis.Publication
	}
	if len(pd) == 0 {
		fmt.Fprintln(w, "Before publication: no possible personal data found.")
	} else {
		fmt.Fprintf(w, "Before publication: %d possible item(s) of personal data are not resolved; check each in the version to publish:\n", len(pd))
		for _, f := range pd {
			fmt.Fprintf(w, "  - %s%s: %s\n", f.Agency, where(r, f.Citations), layout.PersonalDataNote(f))
		}
	}
	for _, st := range r.Statements {
		if n := len(layout.Unmapped(r, st)); n > 0 {
			fmt.Fprintf(w, "  - %s: %d block(s) not placed in a section are in the appendix of the version to publish\n", layout.AgencyHeading(st), n)
		}
	}
	for _, a := range r.Awaited {
		fmt.Fprintf(w, "  - %s %s: the statement is awaited; its entry says so\n", a.Number, a.Agency)
	}
}

// where names the sections a finding cites: " (Key Successes)".
func where(r *model.Report, cs []model.Citation) string {
	var secs []string
	for _, c := range cs {
		if t := layout.SectionTitle(r, c.Section); c.Section != "" && !slices.Contains(secs, t) {
			secs = append(secs, t)
		}
	}
	if len(secs) == 0 {
		return ""
	}
	return " (" + strings.Join(secs, ", ") + ")"
}
