package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// An inspection reported in a headingless statement is often followed by
// what the agency did and measured after it: "Since the inspection, an
// administrator in each office requests ...", "Compliance rose from 61% at
// the time of the inspection to 94%", "A re-audit of 60 records in
// February found that 92% ...". Those paragraphs name the inspection, so
// the part went on over them (headlessInspectionEnd keeps any paragraph
// with an inspection word), at 0.75: silent errors (issue 22, heldout8
// and heldout9 read with their headings taken out). A paragraph that is
// the agency's own response or measure, not the inspector's words, ends
// the part: one opening "Since / Following / After the inspection", one
// setting a figure against another ("rose from 52% to 93%", "88% ...
// against 61% at the time of the review"), or the agency's own audit
// finding something. What the inspectors found or said ("Inspectors found
// that 94% of settings ...", "The report noted that ... fell from ...")
// stays in the part.

var (
	// sinceInspection: the agency's response, dated from the inspection.
	sinceInspection = lazy.Re(`(?i)^\W*(?:since|following|after|in response to) (?:the|this|that|its|our|their) (?:\w+ )?(?:inspection|visit|review|peer review|report|audit)\b`)
	// figureAgainst: a figure set against another, a change over time.
	figureAgainst = lazy.Re(`(?i)\b(?:rose|fell|increased|decreased|dropped|grew|went up|went down|improved|reduced|climbed)\b[^.]{0,80}?\bfrom\s+\d[^.]{0,80}?\bto\s+\d|\d[\d,.]*%?[^.]{0,80}?\b(?:against|compared with|compared to|up from|down from)\b[^.]{0,60}?\d|\b\d[\d,]*\s+(?:of (?:them|these|those) )?improved\b`)
	// ownAudit: the agency's own audit or check finding something.
	ownAudit = lazy.Re(`(?i)^\W*(?:an?|our|the)\s+(?:own\s+|follow-up\s+|further\s+|repeat\s+|new\s+)?(?:re-?audit|audit|dip sample|case review|check)\b[^.]{0,100}?\b(?:found|showed)\b`)
	// inspectorSays: the inspectors' or the report's own words.
	inspectorSays = lazy.Re(`(?i)\b(?:inspectors?|inspectorate|the report|the inspection|reviewers|the review|ofsted|the cqc|hmi\w*)\s+(?:also\s+)?(?:found|noted|said|saw|highlighted|reported|praised|judged|rated|recommended|observed|asked)\b`)
)

// ownResult reports whether block i, inside a headingless inspection part,
// is the agency's own response or measure after the inspection.
func (p *plan) ownResult(i int) bool {
	if !p.isParagraph(i) {
		return false
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if inspectorSubject.Get().MatchString(text) || inspectedBy.Get().MatchString(text) || inspectorSays.Get().MatchString(text) {
		return false
	}
	return sinceInspection.Get().MatchString(text) || figureAgainst.Get().MatchString(text) || ownAudit.Get().MatchString(text)
}
