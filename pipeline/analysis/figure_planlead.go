package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A list under a lead that names priorities, plans or aims ("Our
// priorities for 2026/27 are:") lists what is to happen: an item worded
// as an infinitive ("- to recruit 12 more foster carers") is a target,
// though its own words say nothing of the future. An item that reports
// ("- recruited 9 foster carers") keeps its kind.
var (
	// planLeadRe is a lead naming what is planned.
	planLeadRe = lazy.Re(`(?i)\b(?:priorities|plans?|aims|objectives|targets|goals|ambitions|commitments|intentions)\b[^.:]*[:—–-]?\s*$`)
	// infinitiveItemRe opens an item worded as what is to be done.
	infinitiveItemRe = lazy.Re(`(?i)^\s*[-–•*]?\s*to\s+[a-z]+\b`)
)

// planItemKind makes a figure of an infinitive item under a plan lead a
// target.
func planItemKind(isList bool, lead, text string, k model.FigureKind) model.FigureKind {
	if isList && planLeadRe.Get().MatchString(lead) && infinitiveItemRe.Get().MatchString(text) {
		return model.FigureTarget
	}
	return modalItemKind(isList, lead, text, k) // "In 2026/27 the unit will:" over "- open 2 reporting centres" (figure_modallead.go)
}
