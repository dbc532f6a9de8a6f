package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// outcomeChangeRe is a change for children: a comparison over time or an outcome
// for the people the work is for.
var outcomeChangeRe = lazy.Re(`(?i)\b(?:increas(?:e|ed|ing)|decreas(?:e|ed|ing)|reduc(?:ed|tion)|improv(?:ed|ement)|rose|risen|fell|fallen|fewer|doubled|halved|up from|down from|compared (?:to|with)|from \S+ to \S+|as a result|now (?:feel|say|report|attend|have|get|receive))\b`)

// partnerQuotesMax bounds the sentences quoted per partner.
const partnerQuotesMax = 3

// partners says, per statement, whether its Outcomes and Impact and Key
// Successes show a change for children (a sentence comparing over time or
// naming a result, with a figure) or describe activity only, quoting the
// sentences that decided it: the change sentences, or else the first
// sentences of the outcomes section.
func partners(c *corpus) []model.PartnerImpact {
	out := []model.PartnerImpact{}
	for _, v := range c.stmts {
		p := model.PartnerImpact{Agency: v.agency, Quotes: []model.Quote{}}
		var activity []model.Quote
		for _, k := range []model.SectionKey{model.SectionOutcomes, model.SectionSuccesses} {
			for _, it := range v.section(k) {
				for _, sent := range sentences(it.text) {
					q := model.Quote{Text: sent, Citation: it.cite}
					switch {
					case outcomeChangeRe.Get().MatchString(sent) && hasCount(sent):
						p.Change = true
						p.Quotes = append(p.Quotes, q)
					case k == model.SectionOutcomes:
						activity = append(activity, q)
					}
				}
			}
		}
		if !p.Change {
			p.Quotes = activity
		}
		if len(p.Quotes) > partnerQuotesMax {
			p.Quotes = p.Quotes[:partnerQuotesMax]
		}
		out = append(out, p)
	}
	return out
}
