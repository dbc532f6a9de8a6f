package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// byGroupLeadRe is a label that names a measure and says the figures after
// it are one per group: "Safeguarding supervision uptake by staff group:",
// "Prevent awareness training by team:", "Referrals by source:" (a
// breakdown by any kind of grouping a partner reports by). Without it each group's name read
// as the measure, and the measure the lead names was lost.
var byGroupLeadRe = lazy.Re(`(?i)^\s*(.+?)\s+by\s+(?:staff\s+group|group|team|role|profession|service|directorate|department|source|sector|agency|partner|organisation|referrer|area|locality|district|ward|school|setting|category|type|reason|age|gender|ethnicity)s?\s*:?\s*$`)

// byAnyLeadRe is a lead "X by Y:" with Y any short phrase ("Enquiries
// by location of risk:"); byAnyLead takes it when Y is no period or date.
var byAnyLeadRe = lazy.Re(`(?i)^\s*(.+?)\s+by\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*:\s*$`)

// byGroupLead reports whether prefix is such a lead.
func byGroupLead(prefix string) bool {
	return byGroupLeadRe.Get().MatchString(prefix) || byAnyLead(prefix) != nil
}

// byAnyLead is the match of a lead "X by Y:" whose Y names a grouping,
// not a time ("by 31 March", "by the end of Q2") nor who did it ("by
// staff"), or nil.
func byAnyLead(prefix string) []string {
	m := byAnyLeadRe.Get().FindStringSubmatch(prefix)
	if m == nil || strings.ContainsAny(m[2], "0123456789") || periods(m[2]) != nil || periodStart(m[2]) ||
		staffGroup(m[2]) || articleOrEnd(firstWord(m[2])) {
		return nil
	}
	return m
}

// byGroupMeasure gives the lead's measure and, as the group, the words
// right before the figure ("paediatric nurses 86%", "- Housing officers:
// 97%"); ok is false when prefix is no such lead or no group is named.
func byGroupMeasure(before, prefix string) (measure, group string, ok bool) {
	m := byGroupLeadRe.Get().FindStringSubmatch(prefix)
	if m == nil {
		m = byAnyLead(prefix)
	}
	if m == nil {
		return "", "", false
	}
	label := groupLabel(before, prefix)
	return clean(m[1]), label, label != ""
}

// groupLabel is the group named right before a figure under a lead
// ("paediatric nurses 86%", "- Housing officers: 97%"), or "".
func groupLabel(before, prefix string) string {
	label := before
	if k := strings.LastIndexAny(label, ":,;"); k >= 0 && strings.TrimSpace(label[k+1:]) != "" {
		label = label[k+1:]
	} else if k >= 0 {
		label = label[:k]
		if j := strings.LastIndexAny(label, ":,;"); j >= 0 {
			label = label[j+1:]
		}
	}
	label = clean(strings.Trim(label, " :-–—"))
	label = strings.TrimPrefix(label, "and ")
	if label == "" || wordCount(label) > 6 || strings.EqualFold(label, clean(prefix)) {
		return ""
	}
	return label
}
