package layout

import (
	"slices"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// DefaultStatementsIntro opens the statements part when the configuration
// gives no introduction of its own.
const DefaultStatementsIntro = "Each partner agency of the board sends an annual statement of its " +
	"safeguarding work with children. The statements follow the board's template: the agency's " +
	"context, its safeguarding activity, the outcomes and impact of that activity, its key " +
	"successes and its key areas for development. They are printed as the agencies wrote them."

// AwaitedText stands in the part for a statement that has not arrived.
const AwaitedText = "This agency's statement is awaited."

// Entry is one numbered place in the statements part: a statement, or an
// expected agency whose statement is awaited (Statement nil).
type Entry struct {
	Statement *model.Statement
	Awaited   *model.Awaited
}

// Heading is the entry's heading, e.g. "7.3 Westmoor Borough Police".
func (e Entry) Heading() string {
	if e.Statement != nil {
		return AgencyHeading(e.Statement)
	}
	if e.Awaited.Number == "" {
		return e.Awaited.Agency
	}
	return e.Awaited.Number + " " + e.Awaited.Agency
}

func (e Entry) number() string {
	if e.Statement != nil {
		return e.Statement.Number
	}
	return e.Awaited.Number
}

// Entries are r's statements and awaited agencies in the order of their
// numbers (7.2 before 7.10); entries without a number keep their order
// after the numbered ones.
func Entries(r *model.Report) []Entry {
	out := make([]Entry, 0, len(r.Statements)+len(r.Awaited))
	for _, s := range r.Statements {
		out = append(out, Entry{Statement: s})
	}
	for i := range r.Awaited {
		out = append(out, Entry{Awaited: &r.Awaited[i]})
	}
	slices.SortStableFunc(out, func(a, b Entry) int { return compareNumbers(a.number(), b.number()) })
	return out
}

// compareNumbers orders "7.2" before "7.10" by their parts as numbers; a
// missing number sorts last.
func compareNumbers(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		if ea != nil || eb != nil {
			if c := strings.Compare(pa[i], pb[i]); c != 0 {
				return c
			}
			continue
		}
		if na != nb {
			return na - nb
		}
	}
	return len(pa) - len(pb)
}

// StatementsIntro is the part's introduction: the configured one, or the
// default.
func StatementsIntro(m model.ReportMeta) string {
	if s := strings.TrimSpace(m.StatementsIntro); s != "" {
		return s
	}
	return DefaultStatementsIntro
}
