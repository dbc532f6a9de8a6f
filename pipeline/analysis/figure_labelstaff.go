package analysis

import "strings"

// A label with staff in brackets names the figure's group there: "- Level
// 1 (administrative and reception staff): 93%" is Level 1 for those
// staff. splitDelivery does the same for a delivery ("(classroom)"); a
// bracket of staff is a group too, not part of what is measured.

// splitStaffBracket splits a measure ending in a bracket of staff into
// the measure before it and the staff, or returns it unchanged with "".
func splitStaffBracket(measure string) (string, string) {
	m := parenLabelR.Get().FindStringSubmatch(measure)
	if m == nil {
		return measure, ""
	}
	inner := clean(m[1])
	rest := clean(measure[:len(measure)-len(m[0])])
	if rest == "" || inner == "" || wordCount(inner) > 6 || strings.ContainsAny(inner, "0123456789%") || !staffInBracket(inner) {
		return measure, ""
	}
	return rest, inner
}

// staffInBracket reports whether any part of a bracket joined by "and",
// "or" or a comma names staff: "practice nurses and healthcare
// assistants", "GPs".
func staffInBracket(inner string) bool {
	for _, part := range strings.FieldsFunc(strings.NewReplacer(" and ", ",", " or ", ",").Replace(inner), func(r rune) bool { return r == ',' }) {
		if staffGroup(strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}
