package tracker

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// ChapterRow is one of the board's own contributions the outline expects:
// a chapter, an appendix or a table, with who writes it and when it is due.
type ChapterRow struct {
	Number   string    `json:"number,omitempty"`
	Title    string    `json:"title"`
	Kind     string    `json:"kind"`
	File     string    `json:"file"`
	State    State     `json:"state"`
	Owner    string    `json:"owner,omitempty"`
	Contact  string    `json:"contact,omitempty"`
	Deadline string    `json:"deadline,omitempty"`
	Received time.Time `json:"received,omitzero"`
	// Problem says why a file that came could not be used.
	Problem string `json:"problem,omitempty"`
}

// chapterRows are the rows of the outline's chapters and tables: received
// when read, needing attention when the file could not be used, missing
// (awaited) while it has not come.
func chapterRows(res *pipeline.Result) []ChapterRow {
	if res == nil || res.Report == nil {
		return nil
	}
	var out []ChapterRow
	for _, p := range res.Report.Parts {
		if !p.HasFile() {
			continue
		}
		r := ChapterRow{Number: p.Number, Title: p.Title, Kind: string(p.Kind), File: p.File, State: Missing,
			Owner: p.Owner, Contact: p.Contact, Deadline: p.Deadline, Problem: p.Problem}
		switch {
		case p.Received():
			r.State = Received
			if p.Document != nil {
				r.Received = p.Document.Source.Received
			}
		case p.Problem != "":
			r.State = NeedsAttention
		}
		out = append(out, r)
	}
	return out
}

// heading is the row as the report heads it.
func (r ChapterRow) heading() string {
	return model.Part{Kind: model.PartKind(r.Kind), Number: r.Number, Title: r.Title}.Heading()
}

// writeChapters writes the chapters' table under the agencies'.
func (t Tracker) writeChapters(w io.Writer) {
	if len(t.Chapters) == 0 {
		return
	}
	fmt.Fprintln(w, "\nThe board's own chapters and tables:")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PART\tSTATUS\tOWNER\tDEADLINE\tFILE")
	for _, r := range t.Chapters {
		state := model.WordReceived
		switch r.State {
		case NeedsAttention:
			state = model.WordNeedsAttention
		case Missing:
			state = "awaited"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.heading(), state, dash(r.Owner), dash(r.Deadline), r.File)
	}
	tw.Flush()
	for _, r := range t.Chapters {
		if r.Problem != "" {
			fmt.Fprintf(w, "  - %s: %s\n", r.File, r.Problem)
		}
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// chapterChases are the messages to the owners of chapters not yet
// usable: one each, written to the owner, naming their chapter only.
func (t Tracker) chapterChases(now time.Time) []Chase {
	var out []Chase
	for _, r := range t.Chapters {
		if r.State == Received {
			continue
		}
		what := "chapter"
		if r.Kind == string(model.PartTable) {
			what = "table"
		}
		ask := fmt.Sprintf("We have not yet received your %s, %q (%s), for the %s.", what, r.Title, r.heading(), t.reportName())
		if r.Problem != "" {
			ask = fmt.Sprintf("Your %s, %q, could not be used: %s.", what, r.Title, strings.TrimSuffix(r.Problem, "."))
		}
		sub := Tracker{Deadline: r.Deadline}
		out = append(out, Chase{Agency: r.heading(), To: r.Contact,
			Subject: strings.TrimSpace("Your " + what + " for the " + t.reportName()),
			Body:    chaseBody([]string{ask, "Please save it as " + r.File + ".", sub.deadlineSentence(now)}, t.Board)})
	}
	return out
}
