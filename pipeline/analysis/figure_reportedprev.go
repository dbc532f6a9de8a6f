package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A figure that a later clause reports against a target given before it
// in the sentence names nothing itself: "Our target for Level 3 training
// was 85% and we achieved 87%", "The target ... was 90%; we reached
// 93%", "The target was 500 early help assessments, and we completed
// 540". It measures what the target measured; the reporting clause makes
// it an achievement (reportTurnRe in figure_targetopen.go).

// reportedBeforeRe ends the text before such a figure: a new clause whose
// subject is the agency, then its verb (group 1) and up to five more
// words ("we ended the year at").
var reportedBeforeRe = lazy.Re(`(?i)(?:;|,|\band|\bbut|\bwhile|\bwhilst)\s*(?:(?:and|but|in\s+the\s+end|in\s+fact|actually)\s+)?(?:we|they|it|the\s+\w+)\s+(?:(?:actually|finally|then|only)\s+)?([a-z]+)((?:\s+[a-z']+){0,5}?)\s*$`)

// reportVerbRe is a verb of what was reached that reportedBeforeRe's
// clause may open with besides an "-ed" one: "hit", "made", "came in at".
var reportVerbRe = lazy.Re(`(?i)^(?:hit|made|got|came|stood|rose|fell|saw|ran|did|met|won|beat|grew|finished|ended|reached|achieved|managed|completed|recorded|delivered|exceeded|attained)$`)

// reportedAgainst is the measure of the figure before, when the text
// before a figure is such a clause, or "".
func reportedAgainst(before, prev string) string {
	if prev != "" && reportedClause(before) {
		return prev
	}
	return ""
}

// reportedClause reports whether before ends with a clause that says what
// was reached, opened by a past verb, with no aim in it ("we ended the
// year at", "and the team made", "we reached only").
func reportedClause(before string) bool {
	m := reportedBeforeRe.Get().FindStringSubmatch(before)
	if m == nil || aimRe.Get().MatchString(m[1]+m[2]) {
		return false
	}
	return reportVerbRe.Get().MatchString(m[1]) || participle(m[1])
}

// reportedRule names a figure reported against the target before it when
// no words after it name it ("and the team made 1,140."), before the
// clause's subject could ("team").
func reportedRule(c *figureText) (string, string, bool) {
	if m := reportedAgainst(c.sent[:c.n.lo], c.prev); m != "" && strings.TrimSpace(cutSentence(c.after)) == "" {
		return m, "", true
	}
	return "", "", false
}

// aimWordRe finds the words of a sentence that speak of what is aimed at.
var aimWordRe = lazy.Re(`(?i)\b(?:targets?|aims?|aimed|goals?|ambitions?|plans?|planned|expect(?:s|ed)?|will|want(?:s|ed)?)\b`)

// reportedKind makes a figure reported against an aim given before it an
// achievement: "The aim was 1,000 welfare calls and the team made 1,140".
func reportedKind(sent string, lo int, kind model.FigureKind) model.FigureKind {
	if kind != model.FigureTarget {
		return kind
	}
	locs := aimWordRe.Get().FindAllStringIndex(sent[:lo], -1)
	if locs == nil {
		return kind
	}
	if reportedClause(sent[:lo]) && reportTurnRe.Get().MatchString(sent[locs[len(locs)-1][1]:lo]) {
		return model.FigureAchievement
	}
	return kind
}
