package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// How to reach the agency comes at the end of many statements, in more
// shapes than a "Contact" heading or a line opening "Telephone": "Contact:
// service manager, ...", "Enquiries about this statement: ...", an address
// with a phone number under "How to reach us" or "Get in touch", and a
// thank-you line before it (issue 22, heldout7 and round3/tune6). Left in
// the last section they were printed as the agency's plans, often at the
// last heading's confidence. They are recognised by what they hold, not
// by a heading's words: a contact label, or an e-mail address or a phone
// number in a short block, in the run of such blocks that ends the
// statement. They go to unmapped at formLineConf, flagged, like the form
// lines (formlines.go).

var (
	// contactField: a label saying the line is how to reach someone.
	contactField = lazy.Re(`(?i)^\s*(contact|enquiries|queries|questions)(\s+(about|on|regarding)\s[^:]{0,60})?\s*:`)
	// contactDetail: an e-mail address or a phone number.
	contactDetail = lazy.Re(`(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+\b|\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b`)
	// thanksLine: a closing thank-you, which ends a statement, not part of
	// any section of it.
	thanksLine = lazy.Re(`(?i)^\W*(thank you|thanks|we (would like to )?thank|our thanks)\b`)
)

// maxContactWords bounds a contact block or a closing thank-you.
const maxContactWords = 30

// closingKind says whether the block at i is contact details or a closing
// thank-you ("" for neither).
func (p *plan) closingKind(i int) string {
	if _, ok := p.blocks[i].(*model.Table); ok {
		return ""
	}
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if text == "" || wordCount(text) > maxContactWords {
		return ""
	}
	switch {
	case contactField.Get().MatchString(text), contactDetail.Get().MatchString(text):
		return "contact details at the end of the statement, not its content: unmapped, check"
	case signOffKind(text) != "":
		return signOffKind(text) // signoff.go
	case thanksLine.Get().MatchString(text):
		return "a closing thank-you at the end of the statement, not part of a section: unmapped, check"
	}
	return ""
}

// unmapClosing moves the run of contact and thank-you blocks that ends a
// headed statement to unmapped, flagged; a heading over nothing but them
// ("How to reach us") goes with them. A run with no contact detail at all
// (a thank-you alone) is left where it is but flagged.
func (p *plan) unmapClosing() {
	start, contact, headed := len(p.blocks), false, false
	for i := len(p.blocks) - 1; i >= p.titleEnd; i-- {
		if p.slots[i].role == model.RoleContent && p.closingKind(i) != "" {
			contact = contact || !thanksLine.Get().MatchString(p.blocks[i].PlainText())
			start = i
			continue
		}
		if p.isHeadingBlock(i) && !headed && start == i+1 && contact {
			start, headed = i, true // one heading over the contact details
			continue
		}
		break
	}
	for i := start; i < len(p.blocks); i++ {
		s := &p.slots[i]
		if s.sec < 0 {
			continue
		}
		why := p.closingKind(i)
		if why == "" {
			why = "a heading over contact details only: unmapped, check"
		}
		if !contact {
			s.conf, s.evidence = min(s.conf, formLineConf), s.evidence+"; "+why
			continue
		}
		s.runnerUp, s.sec, s.conf, s.evidence = s.sec, -1, formLineConf, why
	}
}
