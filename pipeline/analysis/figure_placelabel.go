package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A label that is only "the figure" or "the rate" names nothing ("For call
// handlers the figures are 65% ..."), but one that says whose figure it is
// names a comparator: "while the England rate was 52%", "The county figure
// was 52%", "the regional average was 88%". Its place is a capitalised
// name or a word of place, and the label is the comparator's measure.

// placeFigureRe is such a label.
var placeFigureRe = lazy.Re(`(?i)^(?:the\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:figures?|rates?|results?|averages?|levels?|totals?)$`)

// placeWordRe is a word of place that needs no capital.
var placeWordRe = lazy.Re(`(?i)^(?:national|nationally|regional|county|countywide|local|sector|statistical|neighbour|neighbours|comparator|peer|borough|city|district|force|london|england|wales|scotland|uk)$`)

// placeFigureLabel reports whether label names whose figure it is.
func placeFigureLabel(label string) bool {
	m := placeFigureRe.Get().FindStringSubmatch(label)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if placeWordRe.Get().MatchString(w) || isUpper(w[0]) && !strings.EqualFold(w, "The") && !strings.EqualFold(w, "Our") {
			return true
		}
	}
	return false
}
