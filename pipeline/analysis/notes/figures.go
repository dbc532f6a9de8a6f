package notes

import (
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// figure is a number as a sentence states it: its value with thousands
// separators and trailing zeros gone, and whether it is a percentage, so
// "1,200" and "1200", or "81%" and "81 per cent", compare equal.
type figure struct {
	Value   string
	Percent bool
}

// String writes the figure the way the drop reason shows it.
func (f figure) String() string {
	if f.Percent {
		return f.Value + "%"
	}
	return f.Value
}

// figureRE finds a number (with optional thousands commas and decimals) and
// a percent sign or "per cent"/"percent" after it. A digit run inside a
// word ("F12", "H1N1") is not a figure.
var figureRE = lazy.Re(`(?i)(?:^|[^\p{L}\d])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*(?:%|per\s*cent\b|percent\b))?`)

// figures lists the figures text states, in order.
func figures(text string) []figure {
	var out []figure
	for _, m := range figureRE.Get().FindAllStringSubmatch(text, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "")+m[2], 64)
		if err != nil {
			continue
		}
		out = append(out, figure{Value: strconv.FormatFloat(v, 'f', -1, 64), Percent: m[3] != ""})
	}
	return out
}

// supportedBy reports whether a source figure backs a note's figure: the same
// value, and a percentage in the note needs a percentage in the source (a
// count of 72 staff does not make "72%" true). A bare number in the note
// ("Level 3") is backed by any source figure of that value.
func (f figure) supportedBy(src figure) bool {
	return f.Value == src.Value && (!f.Percent || src.Percent)
}
