package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// aimRe says a sentence is about what is to happen, so its figures are
	// targets: "100% of staff need to complete", "we will recruit 4", "we
	// aim for 85%", "90% completion expected by December".
	aimRe = lazy.Re(`(?i)\b(?:need(?:s)?\s+to|should|must|will|shall|aim(?:s|ing)?\s+(?:to|for)|aim\s+(?:is|was)|expect(?:s|ed)?|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|goal|ambition|aspiration|are\s+to|is\s+to|required\s+to|want(?:s)?|would\s+like|expectation|working\s+towards|work\s+towards|aiming|(?:we|they|you|it)\s+needs?)\b`)
	// targetBeforeRe ends the text before a figure named as the target:
	// "against a target of 90%", "Our target is 95%", "(target 95%)", "Our
	// target is that 100%".
	targetBeforeRe = lazy.Re(`(?i)\btargets?\b(?:\s+(?:of|is|was|at|is\s+for|for|set\s+at|for\s+[\w\s/-]{1,40}?\s+is))?(?:\s+that)?[\s:(]*$`)
	// targetToRe says what the target is in a clause: "The target is to".
	targetToRe   = lazy.Re(`(?i)\b(?:targets?|aims?|goals?)\s+(?:is|was|are)\s+(?:to|for|that)\b`)
	targetWordRe = lazy.Re(`(?i)\btargets?\b`)
	// targetAfterRe starts the text after a figure that is the target:
	// "to the 90% target".
	targetAfterRe = lazy.Re(`(?i)^\s*(?:compliance\s+)?targets?\b`)
)

// figureKind says whether the figure at pos of sent is a target: named as
// the target, or in a sentence about what is to happen that names no
// target (where "against a target of 90%" marks only the 90% as one). A
// clause set off by a semicolon is a sentence of its own here.
func figureKind(sent string, pos, end int, unit model.FigureUnit) model.FigureKind {
	if targetListItem(sent, pos) {
		return model.FigureTarget // "Targets for next year: 65% ...; and 30 officers trained ..." (figure_targetlist.go)
	}
	if k := strings.LastIndex(sent[:pos], ";"); k >= 0 {
		sent, pos, end = sent[k+1:], pos-k-1, end-k-1 // "must complete ...; by 31 March, 1,312 had done so"
	}
	if k := strings.Index(sent[end:], ";"); k >= 0 {
		sent = sent[:end+k]
	}
	if targetBeforeRe.Get().MatchString(sent[:pos]) || targetAfterRe.Get().MatchString(sent[end:]) {
		return model.FigureTarget
	}
	if targetOpening(sent, pos) || deadlineOnly(sent, pos, unit) {
		return model.FigureTarget // "Our target for 2018/19 is 10,000 visits, at least 60% of them ..."
	}
	if loc := targetToRe.Get().FindStringIndex(sent[:pos]); loc != nil && !strings.ContainsAny(sent[loc[1]:pos], "0123456789") {
		return model.FigureTarget // "The target is to reduce step-ups to 5%"
	}
	if !targetWordRe.Get().MatchString(sent) && aimRe.Get().MatchString(sent) {
		return model.FigureTarget
	}
	return model.FigureAchievement
}
