package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A list under a lead that ends in what its subject will do ("In 2025/26
// the establishment will:", "Next year we plan to:", "The Trust aims
// to:") lists what is to happen, each item worded as a bare verb ("-
// recruit 6 family engagement workers", "- open 2 reporting centres"):
// its figures are targets, though the item's own words name no future.
// An item that reports ("- recruited 9 carers", "- had 40 by June") keeps
// its kind. A lead of actions or plans for the year ahead ("Key actions
// for next year:") reads its bare-verb items so too, and under it or a
// lead of plans (figure_planlead.go) an item whose figure's whole is "to"
// do something ("- 100% of new starters to complete induction") is a
// target.

var (
	// modalLeadRe ends a lead with its subject's modal: "... will:", "we
	// plan to:", "aims to —".
	modalLeadRe = lazy.Re(`(?i)\b(?:will|shall|(?:plans?|aims?|intends?|expects?|hopes?|wants?|needs?|commits?)\s+to|(?:is|are)\s+(?:going\s+)?to)\s*[:—–-]\s*$`)
	// bareVerbItemRe opens an item with a verb in its base form: "recruit",
	// "bring", "cut", not "recruited" or "had".
	bareVerbItemRe = lazy.Re(`^\s*[-–•*]?\s*([a-z]+)\b`)
)

// modalItemKind makes a figure of a bare-verb item under a modal lead, or
// under a lead of actions or plans for the year ahead, a target; and under
// such a lead of plans, an item whose figure's whole is "to" do something
// ("- 100% of new starters to complete induction").
func modalItemKind(isList bool, lead, text string, k model.FigureKind) model.FigureKind {
	ahead := aheadLeadRe.Get().MatchString(lead) && aheadNounRe.Get().MatchString(lead)
	if !isList || !modalLeadRe.Get().MatchString(lead) && !ahead && !planLeadRe.Get().MatchString(lead) {
		return k
	}
	if (ahead || planLeadRe.Get().MatchString(lead)) && infinitiveAfterRe.Get().MatchString(text) && !hasFinite(text) {
		return model.FigureTarget // "Our commitments for 2026/27:" over "- 100% of new starters to complete induction"
	}
	if !modalLeadRe.Get().MatchString(lead) && !ahead {
		return k
	}
	m := bareVerbItemRe.Get().FindStringSubmatch(text)
	if m == nil || pastForm(m[1]) {
		return k
	}
	return model.FigureTarget
}

var (
	// aheadLeadRe and aheadNounRe are a lead of actions or plans for the
	// year ahead: "Key actions for next year:", "Steps for the coming
	// year:".
	aheadLeadRe = lazy.Re(`(?i)\b(?:(?:next|coming|following)\s+(?:year|twelve\s+months|12\s+months)|year\s+ahead)\b`)
	aheadNounRe = lazy.Re(`(?i)\b(?:actions?|steps|priorities|plans?|aims|objectives|targets|goals|commitments|intentions|improvements)\b`)
	// infinitiveAfterRe is a figure's whole followed by what it is to do:
	// "100% of new starters to complete".
	infinitiveAfterRe = lazy.Re(`(?i)\d\s*(?:%|per\s?cent)?\s+(?:of\s+)?(?:[\w'’-]+\s+){0,5}?to\s+(?:complete|have|be|receive|attend|get|reach|achieve|take)\b`)
)

// hasFinite reports whether text has a finite verb of having or being,
// which reports what is.
func hasFinite(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if finiteRe.Get().MatchString(strings.Trim(w, ".,;:()")) {
			return true
		}
	}
	return false
}

// pastForm reports whether w is a verb's past form ("recruited", "had",
// "took") or a word of having, which report what happened.
func pastForm(w string) bool {
	return len(w) > 3 && w[len(w)-2:] == "ed" || pastVerbRe.Get().MatchString(w) || finiteRe.Get().MatchString(w)
}
