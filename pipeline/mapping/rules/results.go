package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Agencies often tell, under their activity heading or under a topic of
// their own kept in activity, what was done and then, in the same stretch,
// what changed and who noticed: "Safeguarding concerns raised by our staff
// rose from 96 to 233", "Social workers told us that our reports helped
// them ...", "The scheme was given the Children's Partnership award"
// (issue 22, round3/heldout10: fire, hospice, ambulance, council; tune9).
// Those paragraphs stayed in activity with the heading, at 0.55-0.95, so
// several were silent errors. A paragraph in activity whose own form is a
// result (a figure that changed, from one value to another or against
// another period, or people saying what difference it made) goes to
// outcomes, and one telling of recognition (an award, a commendation, a
// shortlisting) to successes, flagged with activity as runner-up: the
// heading said activity, the text says otherwise, and a reviewer decides.
// A paragraph that also says what the agency did ("we trained ...", "Staff
// completed ...") stays: doing with a result is still what was done.

var (
	// changedForm: a figure that moved, from one value to another.
	changedForm = lazy.Re(`(?i)\b(?:rose|fell|increased|decreased|dropped|reduced|improved|grew|went up|went down|climbed)\b[^.;:]*?\bfrom\s+(?:a |an )?[\d][\d,.]*%?[^.;:]*?\bto\s+[\d][\d,.]*%?|\b(?:rose|fell|increased|decreased|dropped|grew|went up|went down)\s+by\s+(?:[\d][\d,.]*%?|a third|a quarter|half)|\b(?:up|down)\s+from\s+(?:a |an )?(?:[\d][\d,.]*%?|` + numberWords + `)\b|\bcompared with\s+(?:none|half|a third|a quarter|[\d][\d,.]*%?|` + numberWords + `)\b[^.;:]*?\b(?:the year before|last year|the previous year|before)\b`)
	// saidDifference: people saying what difference the work made.
	saidDifference = lazy.Re(`(?i)\b(?:told us|tell us|said|say|reported)\s*(?:that\b|:)`)
	// recognition: an award, a commendation or a shortlisting.
	recognition = lazy.Re(`(?i)\b(?:won|received|given|awarded|named|presented with)\b[^.;:]*?\b(?:award|prize|of the year)\b|\bhighly commended\b|\bshortlisted for\b`)
)

// numberWords are figures written as words ("down from eleven weeks").
const numberWords = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred`

// resultsAmongDoing moves the result and recognition paragraphs placed in
// activity (see above) to outcomes and successes, flagged.
func (p *plan) resultsAmongDoing() {
	act := p.m.sectionIndex(model.SectionActivity)
	out := p.m.sectionIndex(model.SectionOutcomes)
	suc := p.m.sectionIndex(model.SectionSuccesses)
	if act < 0 {
		return
	}
	for i := p.titleEnd; i < len(p.slots); i++ {
		s := &p.slots[i]
		if s.sec != act || p.isHeadingBlock(i) || s.role == model.RoleTitle {
			continue
		}
		to, why := p.resultForm(i, out, suc)
		if to < 0 {
			continue
		}
		s.sec, s.conf, s.runnerUp = to, min(s.conf, stayDoubt), act
		s.evidence += "; " + why + " among what was done: " + string(p.m.keys[to]) + ", check"
	}
}

// resultForm is the section block i's form says it reports (-1 for none)
// and why: recognition is successes, a changed figure or people saying
// what difference it made is outcomes, unless it also tells what was done.
func (p *plan) resultForm(i, out, suc int) (int, string) {
	text := p.blocks[i].PlainText()
	low := strings.ToLower(text)
	to, why := -1, ""
	switch {
	case suc >= 0 && mayRecognise(low) && recognition.Get().MatchString(text):
		to, why = suc, "tells of an award or commendation"
	case out >= 0 && changedAt(text, low):
		to, why = out, "a figure that changed"
	case out >= 0 && maySay(low) && saidDifference.Get().MatchString(text):
		to, why = out, "people saying what difference it made"
	}
	if to < 0 || p.tellsDoing(i) {
		return -1, ""
	}
	return to, why
}

// The result patterns are slow to run on every block; each is tried only
// when a word it cannot match without is in the text (low: lower case).
func mayRecognise(low string) bool {
	return containsAny(low, "award", "prize", "of the year", "commended", "shortlisted")
}

// changedAt reports a figure that changed: changedForm needs a verb of
// change, "up from", "down from" or "compared with"; periodComparison a
// figure and a word of another period.
func changedAt(text, low string) bool {
	if containsAny(low, "rose", "fell", "increased", "decreased", "dropped", "reduced", "improved", "grew", "went up", "went down", "climbed", "up from", "down from", "compared with") &&
		changedForm.Get().MatchString(text) {
		return true
	}
	return strings.ContainsAny(text, "0123456789") && containsAny(low, "against", "compared", "from", "versus", "vs") &&
		containsAny(low, "year", "previous", "months", "inspection", "review", "audit", "visit", "19", "20") &&
		periodComparison.Get().MatchString(text)
}

func maySay(low string) bool {
	return containsAny(low, "said", "say", "told us", "tell us", "reported")
}

// containsAny reports whether low holds one of words.
func containsAny(low string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// hasResultForm reports whether block i's form is a result or recognition,
// whether or not it also tells what was done.
func (p *plan) hasResultForm(i int) bool {
	text := p.blocks[i].PlainText()
	low := strings.ToLower(text)
	return mayRecognise(low) && recognition.Get().MatchString(text) ||
		changedAt(text, low) ||
		maySay(low) && saidDifference.Get().MatchString(text)
}
