package tracker

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Chase is one message to one agency that must still send (or resend)
// something: its address, a subject and a body written to the agency,
// naming no other agency.
type Chase struct {
	Agency  string
	To      string // the configured contact; "" when there is none
	Subject string
	Body    string
}

// Chases makes one message per agency that needs chasing: those whose
// statement has not arrived (not optional), and those with something to
// send again (a file that could not be used, a missing section). Work that
// is the board's own (possible personal data, a doubtful version) is not a
// reason to chase. now says whether the deadline has passed.
func (t Tracker) Chases(now time.Time) []Chase {
	var out []Chase
	for _, r := range t.Rows {
		var asks []string
		switch {
		case r.State == Missing && !r.Optional:
			asks = []string{fmt.Sprintf("We have not yet received your statement for the %s%s.", t.reportName(), t.deadlineClause(now))}
		case len(r.Chase) > 0:
			asks = append(append(asks, r.Chase...), t.deadlineSentence(now))
		default:
			continue
		}
		out = append(out, Chase{Agency: r.Agency, To: r.Contact,
			Subject: strings.TrimSpace("Your annual safeguarding statement for the " + t.reportName()),
			Body:    chaseBody(asks, t.Board)})
	}
	return append(out, t.chapterChases(now)...)
}

// reportName is "2025-26 annual report", or the title when there is no period.
func (t Tracker) reportName() string {
	if t.Period == "" {
		return "annual report"
	}
	return t.Period + " annual report"
}

// deadlineClause continues "We have not yet received your statement":
// "; the deadline is 14 March 2026" or "; the deadline was 14 March 2026,
// 3 days ago".
func (t Tracker) deadlineClause(now time.Time) string {
	s := t.deadlineSentence(now)
	if s == "" {
		return ""
	}
	return "; t" + strings.TrimSuffix(s[1:], ".")
}

func (t Tracker) deadlineSentence(now time.Time) string {
	d, err := time.ParseInLocation("2006-01-02", t.Deadline, now.Location())
	if err != nil {
		return ""
	}
	date := d.Format("2 January 2006")
	switch days := *daysLeft(t.Deadline, now); {
	case days > 0:
		return "The deadline is " + date + "."
	case days == 0:
		return "The deadline is today, " + date + "."
	case days == -1:
		return "The deadline was " + date + ", yesterday: please send it as soon as you can."
	default:
		return fmt.Sprintf("The deadline was %s, %d days ago: please send it as soon as you can.", date, -days)
	}
}

func chaseBody(asks []string, board string) string {
	var b strings.Builder
	b.WriteString("Dear colleague,\n\n")
	for _, a := range asks {
		if a != "" {
			b.WriteString(a + "\n\n")
		}
	}
	b.WriteString("Thank you,\n")
	if board != "" {
		b.WriteString(board + "\n")
	}
	return b.String()
}

// WriteChaseSummary tells the business manager whom the messages go to and
// what each asks for, and lists the agencies with no contact to send to.
// written maps an agency to the file its message was saved as.
func (t Tracker) WriteChaseSummary(w io.Writer, chases []Chase, written map[string]string) error {
	ew := &errWriter{w: w}
	if len(chases) == 0 {
		fmt.Fprintln(ew, "Nobody to chase: every expected agency has sent a usable statement.")
		return ew.err
	}
	var noContact []string
	fmt.Fprintf(ew, "%d agency(ies) to chase:\n", len(chases))
	for _, c := range chases {
		to := c.To
		if to == "" {
			to = "no contact configured"
			noContact = append(noContact, c.Agency)
		}
		fmt.Fprintf(ew, "  - %s (%s)", c.Agency, to)
		if f := written[c.Agency]; f != "" {
			fmt.Fprintf(ew, ": %s", f)
		}
		fmt.Fprintln(ew)
	}
	if len(noContact) > 0 {
		fmt.Fprintf(ew, "No contact for %s: add agencies[].contact (outline[].contact for a chapter) to the configuration, or send the message yourself.\n", strings.Join(noContact, ", "))
	}
	return ew.err
}
