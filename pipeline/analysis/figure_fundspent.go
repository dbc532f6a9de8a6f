package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// fundSpentRe is a named fund or budget right before the verb that spends
// a sum: "The college bursary fund spent", "Our small grants budget
// spent". The sum still measures what it paid for (travel, bus passes);
// the fund is where it came from, the figure's group, as a source is in
// "£48,500 from the Big Lottery Fund for the young carers project".
var fundSpentRe = lazy.Re(`(?i)(?:^|[,;:]\s*)((?:[\w'’-]+\s+){0,5}?(?:fund|budget|grant|pot))\s+(?:has\s+|had\s+)?(?:spen[dt]s?|invested)\s*(?:£\s?)?$`)

// fundSpending is the fund that spends the sum after before, or "".
func fundSpending(before string) string {
	m := fundSpentRe.Get().FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	return clean(strings.TrimSpace(leadWordsRe.Get().ReplaceAllString(m[1]+" ", "")))
}
