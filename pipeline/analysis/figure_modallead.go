package analysis

import (
	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A list under a lead that ends in what its subject will do ("In 2025/26
// the establishment will:", "Next year we plan to:", "The Trust aims
// to:") lists what is to happen, each item worded as a bare verb ("-
// recruit 6 family engagement workers", "- open 2 reporting centres"):
// its figures are targets, though the item's own words name no future.
// An item that reports ("- recruited 9 carers", "- had 40 by June") keeps
// its kind.

var (
	// modalLeadRe ends a lead with its subject's modal: "... will:", "we
	// plan to:", "aims to —".
	modalLeadRe = lazy.Re(`(?i)\b(?:will|shall|(?:plans?|aims?|intends?|expects?|hopes?|wants?|needs?|commits?)\s+to|(?:is|are)\s+(?:going\s+)?to)\s*[:—–-]\s*$`)
	// bareVerbItemRe opens an item with a verb in its base form: "recruit",
	// "bring", "cut", not "recruited" or "had".
	bareVerbItemRe = lazy.Re(`^\s*[-–•*]?\s*([a-z]+)\b`)
)

// modalItemKind makes a figure of a bare-verb item under a modal lead a
// target.
func modalItemKind(isList bool, lead, text string, k model.FigureKind) model.FigureKind {
	if !isList || !modalLeadRe.Get().MatchString(lead) {
		return k
	}
	m := bareVerbItemRe.Get().FindStringSubmatch(text)
	if m == nil || pastForm(m[1]) {
		return k
	}
	return model.FigureTarget
}

// pastForm reports whether w is a verb's past form ("recruited", "had",
// "took") or a word of having, which report what happened.
func pastForm(w string) bool {
	return len(w) > 3 && w[len(w)-2:] == "ed" || pastVerbRe.Get().MatchString(w) || finiteRe.Get().MatchString(w)
}
