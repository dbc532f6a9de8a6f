package tracker

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// stateText is a state as a person reads it.
func (r Row) stateText() string {
	switch {
	case r.State == Received:
		return model.WordReceived
	case r.State == NeedsAttention:
		return model.WordNeedsAttention
	case r.Optional:
		return "not received (optional)"
	}
	return strings.ToUpper(model.WordMissing)
}

// WriteJSON writes the tracker as indented JSON.
func (t Tracker) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(t)
}

// WriteText writes the tracker as a table with the file lists under it.
func (t Tracker) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	t.header(ew)
	tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "AGENCY\tSTATUS\tRECEIVED\tSECTIONS\tFILES")
	for _, r := range t.Rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", numbered(r), r.stateText(), when(r.Received),
			r.Sections, strings.Join(r.Files, ", "))
	}
	tw.Flush()
	for _, r := range t.Rows {
		if len(r.Flags) == 0 {
			continue
		}
		fmt.Fprintf(ew, "\n%s:\n", r.Agency)
		for _, f := range r.Flags {
			fmt.Fprintf(ew, "  - %s\n", f)
		}
	}
	t.writeChapters(ew)
	t.fileLists(ew)
	t.writeDecisions(ew)
	return ew.err
}

func (t Tracker) header(w io.Writer) {
	title := t.Title
	if t.Period != "" {
		title += " " + t.Period
	}
	fmt.Fprintln(w, strings.Trim(t.Board+": "+strings.TrimSpace(title), ": "))
	// "need attention" after a number: the state's word in its plural verb
	line := fmt.Sprintf("%d %s, %d need attention, %d %s.", t.Counts.Received, model.WordReceived,
		t.Counts.NeedsAttention, t.Counts.Missing, model.WordMissing)
	if t.DaysLeft != nil {
		line = deadlineText(t.Deadline, *t.DaysLeft) + " " + line
	}
	fmt.Fprintln(w, line)
	fmt.Fprintln(w)
}

func deadlineText(deadline string, days int) string {
	switch {
	case days > 1:
		return fmt.Sprintf("Deadline %s (%d days left).", deadline, days)
	case days == 1:
		return fmt.Sprintf("Deadline %s (tomorrow).", deadline)
	case days == 0:
		return fmt.Sprintf("Deadline %s (today).", deadline)
	}
	return fmt.Sprintf("Deadline %s (passed %d days ago).", deadline, -days)
}

func (t Tracker) fileLists(w io.Writer) {
	if len(t.Unidentified) > 0 {
		fmt.Fprintln(w, "\nNot identified (add the agency, or an alias for it, to the configuration):")
		for _, u := range t.Unidentified {
			fmt.Fprintf(w, "  - %s (titled %q)\n", u.File, u.Title)
		}
	}
	if len(t.Rejected) > 0 {
		fmt.Fprintln(w, "\n"+model.Capitalised(model.WordRejected)+":")
		for _, r := range t.Rejected {
			fmt.Fprintf(w, "  - %s: %s\n", r.File, r.Reason)
		}
	}
	if len(t.Superseded) > 0 {
		fmt.Fprintln(w, "\n"+model.Capitalised(model.WordSuperseded)+" by a later version:")
		for _, s := range t.Superseded {
			why := ""
			if s.Why != "" {
				why = " (" + s.Why + ")"
			}
			fmt.Fprintf(w, "  - %s → %s%s\n", s.File, s.By, why)
		}
	}
}

func numbered(r Row) string {
	if r.Number == "" {
		return r.Agency
	}
	return r.Number + " " + r.Agency
}

func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// errWriter keeps the first write error so the printing code stays plain.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}
