package assemble

import (
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Numbering gives each statement its number in the report from the
// configuration alone, never from what has arrived: a configured agency
// has its own number (agencies[].number) or one more than the agency
// before it in the list (the first one 1), whether or not it has sent
// anything, so reviewers' cross-references stay right as statements
// arrive. Statements from agencies nobody configured come after the last
// configured number, in the order they are asked for.
type Numbering struct {
	part  string
	fixed map[string]int
	next  int
}

// NewNumbering numbers agencies under part ("7" gives "7.1", "7.2", ...).
func NewNumbering(agencies []model.Agency, part string) *Numbering {
	n := &Numbering{part: part, fixed: make(map[string]int, len(agencies))}
	prev := 0
	for _, a := range agencies {
		num := a.Number
		if num <= 0 {
			num = prev + 1
		}
		n.fixed[a.Name] = num
		prev = num
		n.next = max(n.next, num)
	}
	return n
}

// Of is agency's number, e.g. "7.3".
func (n *Numbering) Of(agency string) string {
	num, ok := n.fixed[agency]
	if !ok {
		n.next++
		num = n.next
		n.fixed[agency] = num
	}
	if n.part == "" {
		return strconv.Itoa(num)
	}
	return n.part + "." + strconv.Itoa(num)
}

// Awaited lists the agencies in missing with the numbers their statements
// will have, in the configured order, so the report keeps their places.
func Awaited(missing []string, agencies []model.Agency, part string) []model.Awaited {
	n := NewNumbering(agencies, part)
	out := make([]model.Awaited, 0, len(missing))
	for _, name := range missing {
		out = append(out, model.Awaited{Agency: name, Number: n.Of(name)})
	}
	return out
}
