package tracker

import (
	"fmt"
	"io"
	"strings"
)

// WriteChase writes what a business manager pastes into an e-mail to chase
// the agencies whose statement is missing or unusable: the addresses for
// the To line, a subject, and the list with what is wanted from each. An
// agency without a contact is named with a note to find one.
func (t Tracker) WriteChase(w io.Writer) error {
	var chase []Row
	for _, r := range t.Rows {
		if r.State == NeedsAttention || r.State == Missing && !r.Optional {
			chase = append(chase, r)
		}
	}
	ew := &errWriter{w: w}
	if len(chase) == 0 {
		fmt.Fprintln(ew, "Nobody to chase: every expected agency has sent a usable statement.")
		return ew.err
	}
	var to, noContact []string
	for _, r := range chase {
		if r.Contact != "" {
			to = append(to, r.Contact)
		} else {
			noContact = append(noContact, r.Agency)
		}
	}
	fmt.Fprintf(ew, "To: %s\n", strings.Join(to, "; "))
	if len(noContact) > 0 {
		fmt.Fprintf(ew, "(no contact configured for %s: add agencies[].contact)\n", strings.Join(noContact, ", "))
	}
	fmt.Fprintf(ew, "Subject: %s\n\n", strings.TrimSpace("Annual statement for the "+t.Board+" annual report "+t.Period))
	fmt.Fprintln(ew, "Dear colleagues,")
	fmt.Fprintln(ew)
	due := ""
	if t.Deadline != "" {
		due = " by " + t.Deadline
	}
	fmt.Fprintf(ew, "We still need the following for the %s%s:\n\n", strings.TrimSpace(t.Title+" "+t.Period), due)
	for _, r := range chase {
		fmt.Fprintf(ew, "- %s: %s\n", r.Agency, wanted(r))
	}
	fmt.Fprintln(ew, "\nThank you.")
	return ew.err
}

// wanted says what is asked of one agency.
func wanted(r Row) string {
	if r.State == Missing || len(r.Actions) == 0 {
		return "your annual safeguarding statement has not arrived yet."
	}
	return strings.Join(r.Actions, " ")
}
