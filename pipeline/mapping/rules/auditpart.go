package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// An audit of the agency's safeguarding by its internal auditors is
// reported the way an inspection is: "The council's internal auditors
// reviewed our safeguarding arrangements in January and gave reasonable
// assurance", "The audit made two recommendations:", the recommendations
// ("Checks ... should be recorded centrally"), the agency's response.
// Headed statements put it under their inspection heading; with no
// headings nothing opened a part for it (the auditors are not an
// inspectorate), so it was placed by meaning in whatever section was
// around it, flagged (issue 22, heldout10 read with its headings taken
// out). A paragraph whose subject is the auditors or an audit team, whose
// first sentence says they reviewed or audited something, and that with
// the paragraph after it gives an assurance opinion or recommendations,
// opens an inspection part like an inspectorate's (headlessinspection.go).
// The agency's own audit of its cases ("Our audit of 60 cases found ...")
// is a result, not this (auditfinding.go): its subject is an audit, not
// auditors reviewing the agency.

var (
	// auditorSubject: a paragraph opening with auditors or an audit
	// service or team, after at most a short phrase of time.
	auditorSubject = lazy.Re(`(?i)^\W*(?:(?:in|during|on|last) [^,.]{1,30}, )?(?:the |our |an? )?(?:[\w'’\-]+\s+){0,3}?(?:internal |external |independent )?(?:auditors\b|audit (?:service|team|function|partnership)\b)`)
	// auditOpinion: what such an audit says: an assurance opinion or
	// recommendations.
	auditOpinion = lazy.Re(`(?i)\b(?:(?:substantial|reasonable|limited|partial|full|adequate|good|moderate|no) assurance|recommend\w*)\b`)
)

// auditorsAct reports whether paragraph i opens an audit part.
func (p *plan) auditorsAct(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !auditorSubject.Get().MatchString(text) || !inspectionEvent.Get().MatchString(text) {
		return false
	}
	if auditOpinion.Get().MatchString(text) {
		return true
	}
	return i+1 < len(p.blocks) && auditOpinion.Get().MatchString(p.blocks[i+1].PlainText())
}
