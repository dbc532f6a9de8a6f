package tracker

import (
	"fmt"
	"io"

	"github.com/reportpipe/reportpipe/pipeline"
)

// Decision is one of the reviewers' placement decisions as status lists it:
// which agency's block, where it goes, and whether it still applies.
type Decision struct {
	Agency  string `json:"agency"`
	Text    string `json:"text"`
	Section string `json:"section"` // the section's title, or "not part of the statement"
	// Applies is false when the block is in none of the agency's documents
	// any more (its text changed or the file went): the decision waits.
	Applies bool `json:"applies"`
}

// decisions lists a run's decisions in the file's order.
func decisions(res *pipeline.Result) []Decision {
	out := []Decision{}
	for _, d := range res.Decisions {
		sec := "not part of the statement"
		if d.Section != pipeline.NotPartOfStatement {
			sec = sectionTitle(res.Report, d.Section)
		}
		out = append(out, Decision{Agency: d.Agency, Text: d.Text, Section: sec, Applies: d.Applied > 0})
	}
	return out
}

// writeDecisions is the status text's list of placement decisions.
func (t Tracker) writeDecisions(w io.Writer) {
	if len(t.Decisions) == 0 {
		return
	}
	fmt.Fprintln(w, "\nPlacement decisions by the reviewers:")
	for _, d := range t.Decisions {
		state := ""
		if !d.Applies {
			state = " (no longer applies: the block is not in the statement any more)"
		}
		fmt.Fprintf(w, "  - %s: %q → %s%s\n", d.Agency, d.Text, d.Section, state)
	}
}
