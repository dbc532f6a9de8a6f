package rules

import (
	"strconv"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// period is the report's period as its first and last year ("2019-20" is
// 2019 and 2020); zero when unknown.
type period struct{ from, to int }

// yearRange finds a year or a span of years: "2019-20", "2019/20",
// "2019-2020", "2019 to 2020", or a lone "2020".
var yearRange = lazy.Re(`\b((?:19|20)\d\d)(?:\s*(?:-|–|/|to)\s*((?:19|20)?\d\d))?\b`)

// parsePeriod reads the configured report period; an unreadable one is
// unknown (the mapper then does without the cue).
func parsePeriod(s string) period {
	m := yearRange.Get().FindStringSubmatch(s)
	if m == nil {
		return period{}
	}
	from, _ := strconv.Atoi(m[1])
	return period{from: from, to: endYear(from, m[2])}
}

// endYear reads the second year of a span ("20" after 2019 is 2020); a lone
// year ends where it starts.
func endYear(from int, s string) int {
	if s == "" {
		return from
	}
	n, _ := strconv.Atoi(s)
	if len(s) == 2 {
		n += from / 100 * 100
		if n < from {
			n += 100
		}
	}
	if n < from || n > from+2 {
		return from
	}
	return n
}

func (p period) known() bool { return p.from > 0 }
