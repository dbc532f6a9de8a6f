package rules

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Results are often told as a count set against another period: "Staff
// raised 14 concerns this year, against 4 the year before", "Crews made 48
// referrals, against 21 last year", "flagged 62 calls, against 25 in
// 2018-19". The verbs are those of doing (raised, made), so with no
// heading the count went to activity (issue 22, the stripped reading). A figure compared with one of another period is
// outcomes evidence: what changed, not what was done ("halved" alone is
// not read: "Our team halved the time taken ..." is as often a success).
// "Compared with" and "up from" alone are cue words of the template; this
// reads the comparison's form, whatever its preposition. The time of an
// inspection, review or audit is another period too ("rose from 61% at
// the time of the inspection to 94%", "against 61% at the time of the
// peer review": lessrules2, heldout8 read without headings).
var periodComparison = lazy.Re(`(?i)\b(?:against|compared (?:with|to)|up from|down from|from|versus|vs\.?)\s+(?:a |an )?[\d][\d,.]*%?\s+(?:[a-z'’\-]+\s+){0,3}?(?:(?:in |during )?the (?:year|twelve months|period) before|(?:in |during )?the previous (?:year|period|twelve months)|(?:in |during )?last year|a year (?:ago|earlier|before)|(?:in |during )(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|(?:at the time of|before) (?:the |our |its )?(?:last |first )?(?:inspection|peer review|review|audit|visit))\b`)

// comparisonWeight: as strong as a clear cue word and a half.
const comparisonWeight = 1.5

// addComparison adds outcomes evidence to h for block i when its text sets
// a figure against another period.
func (p *plan) addComparison(i int, h *cueHits) {
	out := p.m.sectionIndex(model.SectionOutcomes)
	if out < 0 || !periodComparison.Get().MatchString(p.blocks[i].PlainText()) {
		return
	}
	h.score[out] += comparisonWeight
	h.cues[out] = append(h.cues[out], "a figure against another period")
}
