package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A standard or target named again with "the" and no words of its own
// ("a step towards the 90% standard", after "the Service standard is 90%
// for both") is the figure given before, not a new one: the article says
// the reader has met it. It is listed once, citing both places, when an
// earlier figure of the agency has its value, unit and kind.

// bareStandardRe is a measure that is only the word for a standard.
var bareStandardRe = lazy.Re(`(?i)^(?:standard|target|threshold|minimum|benchmark)$`)

// givenStandard reports whether f names again a standard given before
// with "the".
func givenStandard(f model.Figure) bool {
	return bareStandardRe.Get().MatchString(f.Measure) &&
		strings.Contains(strings.ToLower(f.Sentence), "the "+strings.ToLower(f.Text)+" "+strings.ToLower(f.Measure))
}
