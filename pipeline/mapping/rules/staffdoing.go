package rules

import "github.com/reportpipe/reportpipe/internal/lazy"

// What was done is often told with the agency's people as the subject,
// in the past tense ("Health visitors began asking every mother ...",
// "Case managers completed a safety plan with every child ...", "All staff
// moved to an electronic system ..."), right after the agency describes
// itself in the present tense ("... provides health visiting to 400,000
// people"). With only "we" read as the agency acting, such a paragraph
// went to context with the description before it (issue 22, the stripped
// reading). A paragraph opening with people of the agency (a few words
// ending in a word for staff) and a past verb of doing is activity
// evidence, as "we delivered" is (evidence.go). Counting verbs are left
// out: "Staff raised 14 concerns", "Crews made 48 referrals" report
// results; so are one-figure lines ("180 staff trained"), which a run of
// figures places (figures.go).
// The agency's units do things too ("All schools moved to one system in
// September", "Every clinic began recording ..."): schools, clinics, wards,
// centres, branches and the like as the subject count as its people
// (lessrules2, heldout9 read without headings: a first activity paragraph
// kept in context at 0.83).
var staffDoingRe = lazy.Re(`(?i)^\W*(?:(?:the|all|every|each|our|both|two|three|four|five|six|\d+)\s+)?(?:[a-z'’\-]+\s+){0,3}?(?:staff|officers?|workers?|nurses?|visitors?|managers?|teams?|crews?|leads?|governors?|volunteers?|practitioners?|clinicians?|midwives|midwife|tutors?|teachers?|doctors?|paramedics?|drivers?|handlers?|firefighters?|detectives?|carers?|therapists?|advisers?|advisors?|coordinators?|mentors?|leaders?|schools?|academies|academy|clinics?|practices|wards?|centres?|venues?|offices?|stations?|nurseries|nursery|branch(?:es)?|sites?|hubs?|pharmacies|pharmacy|libraries|library|homes?)\s+(?:also\s+)?(?:began|started|learnt|learned|took part|joined|delivered|trained|ran|held|introduced|completed|attended|carried out|undertook|set up|supported|provided|worked|reviewed|audited|added|appointed|launched|developed|established|implemented|rolled out|created|produced|wrote|rewrote|agreed|issued|moved|changed|recruited|hosted|organised|facilitated|updated|revised|visited|checked|offered|gave)\b`)

// staffDoing reports whether block i tells what the agency's people did.
func (p *plan) staffDoing(i int) bool {
	return !p.figureLine(i) && staffDoingRe.Get().MatchString(p.blocks[i].PlainText())
}
