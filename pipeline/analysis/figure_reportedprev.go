package analysis

import "github.com/reportpipe/reportpipe/internal/lazy"

// A figure that a later clause reports against a target given before it
// in the sentence names nothing itself: "Our target for Level 3 training
// was 85% and we achieved 87%", "The target ... was 90%; we reached
// 93%", "The target was 500 early help assessments, and we completed
// 540". It measures what the target measured; the reporting clause makes
// it an achievement (reportTurnRe in figure_targetopen.go).

// reportedBeforeRe ends the text before such a figure: a new clause whose
// subject is the agency and whose verb says what was reached.
var reportedBeforeRe = lazy.Re(`(?i)(?:;|,|\band|\bbut|\bwhile|\bwhilst)\s*(?:(?:and|but|in\s+the\s+end|in\s+fact|actually)\s+)?(?:we|they|it|the\s+\w+)\s+(?:(?:actually|finally|then|only)\s+)?(?:achieved|reached|hit|attained|exceeded|completed|recorded|delivered|managed|made|got\s+to|came\s+in\s+at|ended\s+at|finished\s+at)\s*$`)

// reportedAgainst is the measure of the figure before, when the text
// before a figure is such a clause, or "".
func reportedAgainst(before, prev string) string {
	if prev != "" && reportedBeforeRe.Get().MatchString(before) {
		return prev
	}
	return ""
}
