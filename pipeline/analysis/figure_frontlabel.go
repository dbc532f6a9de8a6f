package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Two kinds of words before a share name nothing it measures, so the
// words after it ("said they felt safe in the exercise yard") must:
//
//   - a clause's linking words alone: "although only 41 per cent said",
//     "though just 52%", "but only 39 per cent", and "just" left alone
//     after "while" (cut off as a clause mark);
//   - a fronted phrase of where the figure comes from, with no verb of its
//     own, before a share that a verb follows: "In the tenant survey 77
//     per cent said ...", "From the audit 64% showed ..." (the survey is
//     the source, not the thing measured), or a clause saying what a
//     source found ("A survey of 340 parents found that 81 per cent felt
//     more confident").

var (
	// linkOnlyRe is a label of linking words only.
	linkOnlyRe = lazy.Re(`(?i)^(?:(?:although|though|but|while|whilst|whereas|yet|and|however|still)\s*)*(?:(?:only|just|merely|barely|some|about|around|nearly|almost)\s*)*$`)
	// sourceFrontRe is a fronted phrase naming a source: "In the tenant
	// survey", "From the annual audit", "Across the case file audits".
	sourceFrontRe = lazy.Re(`(?i)^(?:in|from|across|at|during|through)\s+(?:the|our|its|their|this\s+year's|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:survey|surveys|audit|audits|questionnaire|questionnaires|poll|census|review|reviews|consultation|feedback|sample|check|checks|snapshot)$`)
	// sourceFoundRe is a clause naming a source and what it found: "A
	// survey of 340 parents found that", "The audit showed".
	sourceFoundRe = lazy.Re(`(?i)^(?:a|an|the|our|its|their|this\s+year's)\s+(?:[\w'’-]+\s+){0,6}?(?:survey|audit|questionnaire|poll|census|review|consultation|sample|check)\b.{0,60}?\b(?:found|showed|shows|finds|revealed|reveals|suggested|suggests|told\s+us)(?:\s+that)?$`)
	// shareVerbAfterRe starts the words after a share with their verb.
	shareVerbAfterRe = lazy.Re(`(?i)^\s*(?:%|per\s?cent)?\s*(?:of\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?(?:said|say|told|felt|feel|reported|agreed|thought|rated|showed|were|was|had|have|found|knew|know|would)\b`)
)

// linkOrSourceLabel empties a label of linking words only, or a fronted
// source before a share with its verb after it.
func linkOrSourceLabel(label, before, after string, percent bool) string {
	if !percent {
		return label
	}
	if label != "" && linkOnlyRe.Get().MatchString(label) {
		return ""
	}
	if b := clean(lastClause(before)); (sourceFrontRe.Get().MatchString(b) || sourceFoundRe.Get().MatchString(b)) && shareVerbAfterRe.Get().MatchString(after) {
		return ""
	}
	return label
}

// linkedShare names a share after linking words only, or after a source,
// by what follows it ("while just 33% had a break in the year" is "had a
// break in the year", "The audit showed 64% had a plan"), when no rule
// before named it from its verb. It runs last.
func linkedShare(c *figureText) (string, string, bool) {
	clause := clean(lastClause(c.before))
	if !c.percent || c.label != "" || clause == "" || !linkOnlyRe.Get().MatchString(clause) && !sourceFrontRe.Get().MatchString(clause) && !sourceFoundRe.Get().MatchString(clause) {
		return "", "", false
	}
	words := strings.Fields(cutSentence(strings.TrimLeft(c.after, "% ")))
	if len(words) > 0 && strings.EqualFold(words[0], "per") {
		words = words[1:] // "per cent"
	}
	if len(words) > 0 && strings.EqualFold(words[0], "cent") {
		words = words[1:]
	}
	if len(words) < 2 || !(verbRe.Get().MatchString(words[0]) || pastVerbRe.Get().MatchString(words[0])) {
		return "", "", false
	}
	return predicate(words, 8), "", true
}
