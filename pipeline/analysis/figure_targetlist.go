package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A sentence that opens with a heading of targets and a colon ("Targets
// for next year: 65% of ...; no family ...; and 30 officers trained ...")
// lists its targets with semicolons between them: a semicolon there parts
// one target from the next, not a plan from a report, so every item is a
// target. An item that reports ("; we reached 91%", "; by June 2025 we
// had 80") ends the list.

// reportClauseRe opens a clause that says what happened: "we reached",
// "and the team had", "by June we had".
var reportClauseRe = lazy.Re(`(?i)^\s*(?:and\s+|but\s+)?(?:(?:by|at|in)\s+[^,;]{1,30}?,?\s+)?(?:we|it|they|this|the\s+[\w'’-]+)\s+(?:reached|achieved|met|made|had|has|have|was|were|saw|delivered|completed|hit|exceeded|recorded|ended|stood)\b`)

// targetListItem reports whether the figure at pos is an item of a list
// of targets opened by a heading and a colon.
func targetListItem(sent string, pos int) bool {
	loc := targetOpenRe.Get().FindStringIndex(sent)
	if loc == nil || loc[1] > pos || !strings.HasSuffix(sent[:loc[1]], ":") {
		return false
	}
	for _, item := range strings.Split(sent[loc[1]:pos], ";") {
		if reportClauseRe.Get().MatchString(item) || reportTurnRe.Get().MatchString(item) {
			return false
		}
	}
	return true
}
