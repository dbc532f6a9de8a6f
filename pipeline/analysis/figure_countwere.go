package analysis

import "strings"

// A count's noun followed by "were" and a participle says what happened to
// what it counts: "412 children were looked after", "143 families were
// supported". The noun alone ("children") says only who; the participle is
// what a board compares, so the measure keeps both, as written in order
// without the auxiliary ("children looked after"; the text is unchanged).

// passiveAfter is the participle (with "after", "up" or "out" when they
// follow) that words start with after a count's noun and its auxiliary,
// or "" when they start otherwise.
func passiveAfter(words []string, i int) string {
	if i+1 >= len(words) {
		return ""
	}
	switch strings.ToLower(words[i]) {
	case "were", "was", "are", "is":
	default:
		return ""
	}
	p := strings.Trim(words[i+1], ".,;:")
	lp := strings.ToLower(p)
	if lp == "looked" || lp == "taken" || lp == "held" || lp == "kept" {
		if i+2 < len(words) {
			if next := strings.ToLower(strings.Trim(words[i+2], ".,;:")); next == "after" || next == "into" || next == "up" || next == "out" {
				return p + " " + strings.Trim(words[i+2], ".,;:")
			}
		}
		return p
	}
	if len(lp) > 4 && strings.HasSuffix(lp, "ed") && !auxiliary(lp) {
		return p
	}
	return ""
}
