package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A list item that is a count and what happened to it, with no verb of its
// own ("- 58 interventions completed (92%)", "- 3,912 concerns logged",
// "- 44 care plans agreed with the GP"), names its figure by all of those
// words: the participle is what tells the items of one list apart
// ("referrals received", "interventions completed"), so cutting the measure
// at it would leave two items measuring the same "referrals".

// irregularParticiples are past participles not ending in "-ed".
var irregularParticiples = map[string]bool{"met": true, "held": true, "seen": true, "made": true, "given": true,
	"taken": true, "kept": true, "sent": true, "heard": true, "found": true, "shown": true, "begun": true,
	"done": true, "run": true, "won": true, "lost": true, "brought": true, "sought": true, "set": true, "put": true}

// finiteRe is a word that makes a list item a sentence of its own, whose
// figure the other rules read: "were", "has".
var finiteRe = lazy.Re(`(?i)^(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may)$`)

// shareInBracketsRe is a share in brackets inside a list item's words.
var shareInBracketsRe = lazy.Re(`\s*\(\s*\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)\s*\)`)

// listItemMeasure is the measure of a list item's leading count when the
// item is "N <noun> <participle> ...", or "".
func listItemMeasure(sent string, n numberAt) string {
	if n.unit == model.UnitPercent || strings.TrimSpace(sent[:n.lo]) != "" {
		return ""
	}
	words := strings.Fields(cutSentence(shareInBracketsRe.Get().ReplaceAllString(sent[n.hi:], ""))) // "112 contacts (41%) progressed to ..."
	if len(words) < 2 || len(words) > 8 {
		return ""
	}
	seen := false
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case numberWord(w) || finiteRe.Get().MatchString(lw) || periodStart(strings.Join(words[i:], " ")):
			return ""
		case i > 0 && (participle(lw) || irregularParticiples[lw]):
			seen = true
		}
	}
	if !seen {
		return ""
	}
	return strings.Trim(strings.Join(words, " "), " -–—'\"")
}
