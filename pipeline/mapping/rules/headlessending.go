package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A statement with no headings ends as a headed one does: who signed it
// ("The Rt Revd ..., Bishop of ..., July 2020", "Signed on behalf of ...
// by ..."), who approved it, where to ask ("For more information, please
// contact ..."), an address with a phone number or an e-mail address, a
// thank-you before them. Headed statements read that closing run since
// headrules7 and headrules8 (contactdetails.go, signoff.go); a headingless
// one did not, so the run went by meaning to the last section, the plans,
// at 0.82-0.90 (issue 22, heldout8 and heldout9 read with their headings
// taken out: the commonest silent error). The run is read the same way
// (closingKind), from the end back, with one more line a run may hold: a
// bare address or name line ("Safeguarding lead GP: Dr ..., ... House,
// Quillington.") next to a contact line. It is set aside to unmapped,
// flagged, when it holds more than thanks; a thank-you alone stays for
// closing.go.

// addressPart: a capitalised part of an address or signature line, a short
// label before a colon allowed ("Safeguarding lead GP: Dr Helen ...").
var addressPart = lazy.Re(`^(?:[A-Z][\w'’&/\- ]{0,30}:\s*)?[A-Z0-9][\w'’&/\-.]*(?: [\w'’&/\-.]+){0,5}$`)

// maxAddressWords bounds an address or name line.
const maxAddressWords = 16

// headlessEnding sets aside the closing run of a headingless statement.
func (p *plan) headlessEnding(parts map[int]aside) {
	start, more := len(p.blocks), false
	for i := len(p.blocks) - 1; i > p.titleEnd; i-- {
		if a, ok := parts[i]; ok && a.sec < 0 {
			more, start = true, i // a frame line (headlessframe.go) ends it too
			continue
		}
		why := p.closingKind(i)
		if why == "" && start < len(p.blocks) && p.addressLine(i) {
			why = "an address or name line with the contact details at the end of the statement, not its content: unmapped, check"
		}
		if why == "" {
			break
		}
		// A thank-you that also gives an e-mail address or a phone number
		// ("We thank our staff, and for any questions please contact
		// ...@...") is contact details too (lessrules3, round3/tuneless7).
		text := p.blocks[i].PlainText()
		more = more || !thanksLine.Get().MatchString(text) || contactDetail.Get().MatchString(text)
		start = i
	}
	if !more {
		return
	}
	for i := start; i < len(p.blocks); i++ {
		if _, ok := parts[i]; ok {
			continue
		}
		why := p.closingKind(i)
		if why == "" {
			why = "an address or name line with the contact details at the end of the statement, not its content: unmapped, check"
		}
		parts[i] = aside{sec: -1, conf: formLineConf, evidence: why}
	}
}

// addressLine reports whether paragraph i is a short line of capitalised
// parts separated by commas (a name, a role, a building, a town), with no
// verb of doing or planning in it.
func (p *plan) addressLine(i int) bool {
	text := strings.TrimRight(strings.TrimSpace(p.blocks[i].PlainText()), ".")
	parts := strings.Split(text, ",")
	if !p.isParagraph(i) || len(parts) < 3 || wordCount(text) > maxAddressWords || notSigned.Get().MatchString(text) {
		return false
	}
	for _, part := range parts {
		if !addressPart.Get().MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}
