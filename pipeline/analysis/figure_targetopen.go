package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A sentence that opens by naming a target, aim, ambition or plan and
// saying what it is ("Our target for 2018/19 is 10,000 visits, at least
// 60% of them ...", "Target for Q4: ...", "Our ambition for next year: 95%
// ...", "The aim is 90% ...", "Our plan is for 200 ..."; not "The plan was
// approved")
// sets every figure after it as a target, up to the end of its clause
// chain: a semicolon or a new clause that reports ("but we reached").
// And a percentage whose clause gives only a deadline ahead ("95% by March
// 2027"), with no verb saying it happened, is aimed for.

var (
	// targetOpenRe opens a sentence with what it aims at, up to its "is"
	// or colon: "Our target for 2018/19 is", "Target for Q4:".
	targetOpenRe = lazy.Re(`(?i)^\s*(?:(?:our|the|my|this\s+year's|next\s+year's|a|an)\s+)?(?:(?:main|key|new|overall|revised|stretch|local)\s+)?(?:targets?|aims?|ambitions?|goals?|aspirations?|objectives?|plans?|intentions?|commitments?|priorities)(?:\s+(?:for|in|by|over|this|next)\s+[^.;:]{1,80}?)?(?:\s*:|\s+(?:is|are|was|will\s+be)\b)`)
	// aimedAtRe starts what follows an opening's "is": a figure or what is
	// to happen ("is 10,000", "is that 90%", "is for 200", "is to reach"),
	// not a report ("The plan was approved").
	aimedAtRe = lazy.Re(`(?i)^\s+(?:to|that|for|at|set\s+at|(?:an?\s+|the\s+)?(?:£|\d|over|at\s+least|more\s+than|all|every|below|under|above|fewer\s+than|less\s+than|no\s+more\s+than|at\s+most|up\s+to|around|about))`)
	// reportTurnRe starts a clause that says what happened after a target:
	// "but we reached", "and we achieved".
	reportTurnRe = lazy.Re(`(?i)(?:;|\bbut\b|\bhowever\b|\b(?:and|while|whilst)\s+(?:we|it|this|the\s+\w+)\s+(?:reached|achieved|met|made|had|has|have|was|were|saw|delivered|completed|hit|exceeded|recorded))`)
	// deadlineRe is a deadline ahead: "by March 2027", "by the end of
	// 2026/27", "by 31 March 2027".
	deadlineRe = lazy.Re(`(?i)\bby\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:` + monthAlt + `\s+)?(?:\d{4}(?:\s*[/-]\s*\d{2,4})?|` + monthAlt + `)\b`)
)

// targetHeadingRe is a heading that only says its figures are aimed for:
// "Next year's goal", "Aims for 2026/27", "Our target for Q4".
var targetHeadingRe = lazy.Re(`(?i)^(?:(?:our|the|my|this\s+year's|next\s+year's|a|an)\s+)?(?:(?:main|key|new|overall|revised|stretch|local)\s+)?(?:targets?|aims?|ambitions?|goals?|aspirations?|objectives?|plans?|intentions?|commitments?|priorities)(?:\s+(?:for|in|by)\s+[^:;]{1,30})?$`)

// targetHeading reports whether a colon heading names only a target, so
// the words after the colon say what is measured.
func targetHeading(label string) bool { return targetHeadingRe.Get().MatchString(clean(label)) }

// targetOpening reports whether the figure at pos follows a sentence's
// opening that names a target, with no reporting clause between.
func targetOpening(sent string, pos int) bool {
	loc := targetOpenRe.Get().FindStringIndex(sent)
	if loc == nil || loc[1] > pos || !strings.HasSuffix(sent[:loc[1]], ":") && !aimedAtRe.Get().MatchString(sent[loc[1]:]) {
		return false
	}
	return !reportTurnRe.Get().MatchString(sent[loc[1]:pos])
}

// deadlineOnly reports whether the figure at pos..end is in a clause that
// gives a deadline and no verb of its own ("compliance of 95% by March
// 2027"), so it says what is to be reached, not what was.
func deadlineOnly(sent string, pos int, unit model.FigureUnit) bool {
	if unit != model.UnitPercent {
		return false // "- 1,200 referrals by the end of 2025/26" is as often a count reached
	}
	clause := sent[strings.LastIndexAny(sent[:pos], ";:")+1:] // a heading before a colon names the measure
	if k := strings.Index(clause, ";"); k >= 0 {
		clause = clause[:k]
	}
	if !deadlineRe.Get().MatchString(clause) {
		return false
	}
	for _, w := range strings.Fields(clause) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()"))
		if verbRe.Get().MatchString(lw) || finiteRe.Get().MatchString(lw) {
			return false // "By March 2026, 1,105 staff had completed": it happened
		}
	}
	return true
}
