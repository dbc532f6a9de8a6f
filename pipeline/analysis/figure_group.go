package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// staffRe ends a label that names a group of staff, not a course:
// "neighbourhood officers", "repairs staff", "managers".
var staffRe = lazy.Re(`(?i)\b(?:staff|officers?|managers?|nurses?|nursing|medical|workers?|practitioners?|teachers?|visitors?|handlers?|paramedics?|technicians?|volunteers?|doctors?|clinicians?|consultants?|midwives|midwifery|therapists?|tutors?|leaders?|governors?|assistants?|carers?|advisers?|advisors?|coordinators?|GPs?|employees?|colleagues?|crews?|drivers?|receptionists?|apprentices?|trainees?|leads?|constables?|sergeants?|inspectors?|PCSOs?|firefighters?|directors?|heads?|team|teams|professionals?|caretakers?|cleaners?|wardens?|porters?|chaplains?|pharmacists?|dentists?|surgeons?|paediatricians?|physicians?|psychologists?|psychiatrists?|counsellors?|mentors?|coaches|instructors?|lecturers?|trustees?|councillors?|operatives?|engineers?|planners?|supervisors?|detectives?|investigators?|analysts?|contractors?|locums?|sessional)$`)

// onlyDeliveryRe is a label that says only how training was delivered.
var onlyDeliveryRe = lazy.Re(`(?i)^(?:e-?\s?learning|online|classroom|face[-\s]to[-\s]face|virtual|in[-\s]person|workshops?|webinars?)$`)

// staffPrefixRe is a prefix that names whose training it gives:
// "Volunteer training", "Council staff e-learning".
var staffPrefixRe = lazy.Re(`(?i)^\s*(.{1,40}?)\s+(?:safeguarding\s+)?(?:training|e-?learning|compliance|completion)\s*$`)

// forStaffRe ends a label with "for" and the staff it is of.
var forStaffRe = lazy.Re(`(?i)\s+for\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)$`)

// staffGroup reports whether label names a group of staff.
func staffGroup(label string) bool {
	l := strings.TrimSpace(label)
	for _, s := range []string{"'s", "’s", "'", "’"} {
		l = strings.TrimSuffix(l, s)
	}
	return staffRe.Get().MatchString(l)
}

// withPrefix decides measure and group from a label and the text its
// figure hangs from: the delivery the prefix names is the group ("E-learning
// compliance: adult safeguarding (88%)"); a prefix naming training over a
// label that does not makes the label the group ("Safeguarding training:
// Housing Officers 93%"); else the label's own delivery in brackets is.
func withPrefix(label, prefix string) (string, string) {
	prefix = clean(strings.TrimRight(prefix, " :-–—"))
	if prefix != "" && wordCount(prefix) <= 14 && staffGroup(label) && (mentionsTraining(prefix) || deliveryRe.Get().MatchString(prefix)) {
		return prefix, label // "Safeguarding e-learning completion: neighbourhood officers 92%"
	}
	if prefix != "" && wordCount(prefix) <= 14 && onlyDeliveryRe.Get().MatchString(label) {
		return prefix, label // "Safeguarding Adults: e-learning 91%, classroom 67%"
	}
	if d := deliveryRe.Get().FindString(prefix); d != "" && wordCount(prefix) <= 14 {
		return label, d
	}
	if m, d := splitDelivery(label); d != "" && !staffGroup(label) {
		return m, d // "Volunteer training: safeguarding (classroom) 96%"
	}
	if m := prefixGroupRe.Get().FindStringSubmatch(prefix); m != nil && staffGroup(m[1]) && !staffGroup(label) {
		return label, m[1] // "Training for watch managers: safeguarding awareness 94%"
	}
	if m := staffPrefixRe.Get().FindStringSubmatch(prefix); m != nil && staffGroup(m[1]) && !staffGroup(label) {
		return label, strings.TrimRight(m[1], "'’") // "Volunteer training: domestic abuse awareness 100%"
	}
	if prefix != "" && wordCount(prefix) <= 14 && mentionsTraining(prefix) && !mentionsTraining(label) {
		return prefix, label
	}
	if m, d := splitDelivery(label); d != "" {
		return m, d
	}
	if m := amongOnlyRe.Get().FindStringSubmatch(label); m != nil {
		return clean(label[:len(label)-len(m[0])]), m[1]
	}
	if m := forStaffRe.Get().FindStringSubmatch(label); m != nil && staffGroup(m[1]) {
		return clean(label[:len(label)-len(m[0])]), m[1] // "Level 3 compliance for community teams"
	}
	return label, ""
}

// splitDelivery splits a label ending in its delivery in brackets:
// "Signs of Safety (classroom)" is "Signs of Safety", "classroom".
func splitDelivery(label string) (string, string) {
	if m := parenLabelR.Get().FindStringSubmatch(label); m != nil && deliveryRe.Get().MatchString(m[1]) {
		return clean(label[:len(label)-len(m[0])]), m[1]
	}
	return label, ""
}
