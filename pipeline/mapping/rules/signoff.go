package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// A statement often ends with who signed it, who approved it, or where to
// ask about it, in words rather than as a phone number or a "Contact:"
// label: "The Rt Revd ..., Bishop of ..., July 2020", "Approved by the
// Board of Governors, 14 July 2020", "Signed on behalf of ... by ...",
// "For more information, please contact the ... Manager" (issue 22,
// heldout8 and round3/tune7). Left under the last heading they were
// printed as the agency's plans at the heading's confidence: silent
// errors. They are read by what the line says, and only in the run of
// closing blocks that ends a statement (unmapClosing), so a plan "by July
// 2020" earlier on is never touched.

var (
	// signedBy: a line saying who signed, approved or endorsed the statement.
	signedBy = lazy.Re(`(?i)^\W*(signed|approved|agreed|endorsed|authori[sz]ed|ratified)\b[^.]{0,100}?\b(by|on behalf of)\b`)
	// askUs: an invitation to ask for more, naming no number or address.
	askUs = lazy.Re(`(?i)^\W*(for (more|further) (information|details)|if you (have|would like)\b[^.]{0,80}?)[,;]?\s*(please\s+)?(contact|get in touch|write to|call|e-?mail|speak to)\b`)
	// signDate: a month and year (a day before it optional) ending a line.
	signDate = lazy.Re(`(?i)\b(\d{1,2}(st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(19|20)\d{2}\W*$`)
	// signRole: a role a signatory gives after their name.
	signRole = lazy.Re(`\b(Chief|Director|Chair|Chairman|Chairwoman|Head|Manager|Bishop|Commissioner|Principal|Headteacher|Lead|Officer|Executive|Constable|President|Secretary|Governor|Trustee|Superintendent)\b`)
	// notSigned: a line planning or doing something is no signature.
	notSigned = lazy.Re(`(?i)\b(we|our|will|shall|plan|aim)\b`)
)

// maxSignWords bounds a signature line.
const maxSignWords = 16

// signOffKind says why text is a sign-off line ("" when it is not).
func signOffKind(text string) string {
	switch {
	case signedBy.Get().MatchString(text):
		return "who signed or approved the statement, at its end, not its content: unmapped, check"
	case askUs.Get().MatchString(text):
		return "an invitation to ask about the statement, at its end, not its content: unmapped, check"
	case signatureLine(text):
		return "a signature (a name, a role or a date) at the end of the statement, not its content: unmapped, check"
	}
	return ""
}

// signatureLine reports whether text reads as "Name, Role[, Date]": short,
// parts separated by commas each opening with a capital or a digit, with
// a role or a closing date, and nothing that plans or acts.
func signatureLine(text string) bool {
	if wordCount(text) > maxSignWords {
		return longSignature(text) // longsignature.go
	}
	if notSigned.Get().MatchString(text) {
		return false
	}
	parts := strings.Split(strings.TrimRight(text, ". "), ",")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || !(p[0] >= 'A' && p[0] <= 'Z' || p[0] >= '0' && p[0] <= '9') {
			return false
		}
	}
	return signRole.Get().MatchString(text) || signDate.Get().MatchString(text)
}
