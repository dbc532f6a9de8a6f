package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A list lead whose subject is staff and whose verb or "with" says what
// they did or hold ("Staff who had completed annual safeguarding
// training by 1 September 2017:", "Colleagues who have attended WRAP
// training:", "Staff with a current supervision contract at 31 March:")
// gives one figure per staff group in the items under it ("- teachers:
// 100%"): the lead's object is the measure, the item's label the group.
// Without it each group's name read as the measure, as under a "by staff
// group" lead (figure_bygroup.go).

// staffLeadRe is such a lead; its group 1 is who, group 2 what follows
// the verb.
var staffLeadRe = lazy.Re(`(?i)^\s*(?:(?:the\s+)?(?:share|percentage|proportion|number)\s+of\s+)?(?:all\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:who\s+(?:have\s+|had\s+|has\s+)?(?:been\s+)?[a-z]+(?:\s+(?:in|on|to))?|with|holding|trained\s+in)\s+(.+?)\s*:\s*$`)

// staffSubjectRe names the whole workforce: "Staff", "Workforce".
var staffSubjectRe = lazy.Re(`(?i)^(?:staff|workforce|colleagues|employees|personnel|people|members|elected\s+members|board\s+members)$`)

// timeWordRe is the word that opens a lead's period: "by", "at", "on".
var timeWordRe = lazy.Re(`(?i)\s(?:by|at|on|in|during|as\s+at)\s`)

// staffLead reports whether lead is such a lead.
func staffLead(lead string) bool {
	m := staffLeadRe.Get().FindStringSubmatch(lead)
	return m != nil && (staffGroup(m[1]) || staffSubjectRe.Get().MatchString(m[1]))
}

// staffLeadMeasure is the lead's object as the measure and the staff
// group labelling the figure as its group, or ok false.
func staffLeadMeasure(before, lead string) (measure, group string, ok bool) {
	if !staffLead(lead) {
		return "", "", false
	}
	m := staffLeadRe.Get().FindStringSubmatch(lead)
	label := groupLabel(before, lead)
	if label == "" || strings.ContainsAny(label, "0123456789") {
		return "", "", false // the lead says its items are staff groups ("ward clerks"), so any label is one
	}
	measure = m[2]
	if loc := periods(measure); len(loc) > 0 {
		measure = measure[:loc[0][0]]
		if ks := timeWordRe.Get().FindAllStringIndex(measure, -1); ks != nil {
			measure = measure[:ks[len(ks)-1][0]] // "training by 1 September 2017", "awareness by the end of Q2"
		}
		measure = tailWordsRe.Get().ReplaceAllString(strings.TrimSpace(measure), "")
	}
	measure = clean(leadWordsRe.Get().ReplaceAllString(measure, ""))
	return measure, label, measure != ""
}
