package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The agency's own audit finding something ("A follow-up audit in January
// found that consent was recorded in 29 of 30 records", "A re-audit of 60
// inpatient records found that 92% ...") reports a result: what changed,
// not what was done. Its words are those of checking and recording, so by
// meaning it went to activity, confidently, once an inspection part no
// longer held it (issue 22, heldout8 and heldout9 read with their headings
// taken out; inspectionresults.go). An audit's finding in the agency's
// voice is outcomes evidence, as a figure set against another period is
// (comparison.go); what inspectors or a report found is not read here.

// addAuditFinding adds outcomes evidence to h for block i when it opens
// with the agency's own audit finding something.
func (p *plan) addAuditFinding(i int, h *cueHits) {
	out := p.m.sectionIndex(model.SectionOutcomes)
	if out < 0 || !p.isParagraph(i) {
		return
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !ownAudit.Get().MatchString(text) || inspectorSays.Get().MatchString(text) {
		return
	}
	h.score[out] += comparisonWeight
	h.cues[out] = append(h.cues[out], "an audit's finding")
}
