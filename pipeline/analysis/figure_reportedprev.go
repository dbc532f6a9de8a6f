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
// subject is the agency and whose verb says what was reached.
var reportedBeforeRe = lazy.Re(`(?i)(?:;|,|\band|\bbut|\bwhile|\bwhilst)\s*(?:(?:and|but|in\s+the\s+end|in\s+fact|actually)\s+)?(?:we|they|it|the\s+\w+)\s+(?:(?:actually|finally|then|only)\s+)?(?:achieved|reached|hit|attained|exceeded|completed|recorded|delivered|managed|made|got\s+to|came\s+in\s+at|ended\s+at|finished\s+at)(?:\s+(?:only|just|nearly|almost|over|about|around|exactly))?\s*$`)

// reportedAgainst is the measure of the figure before, when the text
// before a figure is such a clause, or "".
func reportedAgainst(before, prev string) string {
	if prev != "" && reportedBeforeRe.Get().MatchString(before) {
		return prev
	}
	return ""
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
	if reportedBeforeRe.Get().MatchString(sent[:lo]) && reportTurnRe.Get().MatchString(sent[locs[len(locs)-1][1]:lo]) {
		return model.FigureAchievement
	}
	return kind
}
