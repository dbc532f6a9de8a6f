package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An inspection reported late in a headingless statement is often followed
// by the agency's own plans, told as a list of things to do with their
// lead-in ("Our priorities for next year are") gone with the heading:
// "Complete safeguarding training for all on call firefighters by the end
// of 2019", "Review how we check and support our volunteers". They read
// like the inspectors' recommendations before them, so the part went on
// over them, at 0.75: silent errors (issue 22, heldout10 read with its
// headings taken out). An inspectorate's recommendation speaks of the
// agency in the third person ("the service should", "Make sure that checks
// are carried out") and seldom dates itself; a plan of the agency's own
// says "we" or "our", or sets itself a date. A block that opens with a
// verb of doing and does either ends the part, and is then placed by
// meaning; a list after a lead-in of the part ("The report asked us to:")
// stays the inspection's.

var (
	// todoVerb: a block opening with a verb of doing in the imperative.
	todoVerb = lazy.Re(`(?i)^\W*(?:complete|finish|tell|include|review|extend|bring|train|give|make|ensure|improve|develop|introduce|agree|embed|strengthen|record|move|carry out|continue|deliver|establish|implement|launch|roll out|set up|increase|reduce|appoint|create|publish|check|share|audit|put|provide|recruit|update|refresh|raise|build|expand|test|evaluate)\b`)
	// ownWords: the agency speaking of itself.
	ownWords = lazy.Re(`(?i)\b(?:we|our|us|ourselves)\b`)
	// deadline: a date a plan sets itself ("by the end of 2019", "by March
	// 2021", "before the autumn season", "within the next year").
	deadline = lazy.Re(`(?i)\bby (?:the end of |the start of )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\s+)?(?:19|20)\d{2}\b|\bbefore the (?:autumn|summer|spring|winter|end of the year)\b|\bwithin the (?:next|coming) (?:year|\w+ months)\b|\bduring the (?:coming|next) year\b`)
)

// ownPlan reports whether block i, inside a headingless inspection part
// opened at a, is one of the agency's own plans: an imperative that says
// "we"/"our" or sets a date, not an item of a list whose lead-in is in the
// part.
func (p *plan) ownPlan(a, i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !todoVerb.Get().MatchString(text) {
		return false
	}
	if !ownWords.Get().MatchString(text) && !deadline.Get().MatchString(text) {
		return false
	}
	return !p.itemOfLeadIn(a, i)
}

// itemOfLeadIn reports whether block i is a list item (or a run of items)
// after a paragraph ending in ":" at or after a.
func (p *plan) itemOfLeadIn(a, i int) bool {
	for k := i; k >= a; k-- {
		if _, isItem := p.blocks[k].(*model.ListItem); isItem {
			continue
		}
		return k < i && strings.HasSuffix(strings.TrimSpace(p.blocks[k].PlainText()), ":")
	}
	return false
}
