package rules

import (
	"strconv"
	"strings"

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
	if strings.TrimSpace(s) == "" { // no period configured: compiling yearRange would cost more than reading a small file
		return period{}
	}
	all := yearRange.Get().FindAllStringSubmatch(s, -1)
	if all == nil {
		return period{}
	}
	from, _ := strconv.Atoi(all[0][1])
	p := period{from: from, to: endYear(from, all[0][2])}
	if len(all) > 1 && all[0][2] == "" { // "April 2019 to March 2020"
		p.to = endYear(from, all[len(all)-1][1])
	}
	return p
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

// laterPeriod reports whether text names a span of years after the
// report's period ("in 2020-21 we will", "our priorities for 2020/21" when
// the period is 2019-20): the statement's plans. A lone year does not
// count: statements are written after their period ends and date what was
// done in it ("published in June 2016" in a 2015-16 statement).
func (p period) laterPeriod(text string) bool {
	if !p.known() {
		return false
	}
	for _, m := range yearRange.Get().FindAllStringSubmatch(text, -1) {
		if m[2] == "" {
			continue
		}
		if from, _ := strconv.Atoi(m[1]); from > p.from && from <= p.from+3 {
			return true
		}
	}
	return false
}
