package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Words of an external inspection or review. inspectorWords name who
// inspects, and one of them must open a leading inspection part;
// judgementWords are what such a summary reports, and keep it going. An
// independent or external audit or review and its auditors are an
// inspection too ("The Social Care Institute for Excellence carried out an
// independent audit ...": lessrules2, heldout8 read without headings);
// the agency's own section 11 audit is not named so.
var (
	inspectorWords = lazy.Re(`(?i)\b(inspect(ed|ion|ions|ors?|orate)|peer review(ed)?|reviewers|auditors|(independent|external) (audit|review)|HMI\w*|Ofsted|CQC|Care Quality Commission)\b`)
	judgementWords = lazy.Re(`(?i)\b(rated|rating|judged|judgement|found that|recommend\w*|the report|the review|findings|requires? improvement|inadequate|outstanding|strengths?|areas? for improvement|should)\b`)
)

// leadingInspection returns where a leading inspection or peer-review
// summary in blocks[a:b] ends (a when there is none): shape 1 of issue 11,
// a summary that comes first with no heading of its own. It opens with a
// block that names an inspector and says something an inspection says (two
// signals in it, or three in it and the next), and goes on while blocks keep to inspection words, a lead-in
// keeps its list ("The reviewers recommended that the service:" and the
// "Ensure ...", "Develop ..." that follow), and until a line names the
// statement itself ("Statement of assurance 2019-20").
func (p *plan) leadingInspection(a, b int) int {
	return p.leadingInspectionTo(a, b, p.headed && b == p.first)
}

// leadingInspectionTo is leadingInspection, where toHeading says blocks[b]
// is the statement's first section heading (so a block without inspection
// words may stay in the part when a later one has them). decideHeadings
// asks it of a heading before the anchors are known.
func (p *plan) leadingInspectionTo(a, b int, toHeading bool) int {
	if a >= b || p.m.sectionIndex(model.SectionInspection) < 0 {
		return a
	}
	first := p.blocks[a].PlainText()
	if !inspectorWords.Get().MatchString(first) || p.opensWithAgency(a) {
		return a // "Riverside Trust ... was rated good by the CQC" describes the agency
	}
	// Two signals in the first block, or three in the first two ("... carried
	// out a peer review of our practices." then "The reviewers found that ...").
	if n := signals(first); n < 2 && (a+1 >= b || n+signals(p.blocks[a+1].PlainText()) < 3) {
		return a
	}
	return p.inspectionEnd(a+1, b, toHeading)
}

// inspectionEnd returns where an inspection part that goes on at block i
// ends (issue 22): where the statement proper begins, not at the part's
// first lead-in. It goes on through blocks with inspection words, through
// what an inspection's recommendations look like ("Recommendations",
// "Immediate:", "Within three months:", "Action the trust must take to
// improve:", "What does the school need to do to improve?") with the lists
// they introduce, and through the inspectorate's closing words ("will
// revisit", "progress against these recommendations"). It stops at a line
// naming the statement, a paragraph opening with the agency's name, a
// lead-in naming a later section, or a block that keeps to none of these.
// Before the first heading of a headed statement, a block with none of
// these words stays in the part when a later one before the heading has
// them (the statement proper starts at that heading), unless the statement
// has begun in between.
func (p *plan) inspectionEnd(i, b int, toHeading bool) int {
	last := i // the part ends before last
	inList := false
	for ; i < b; i++ {
		text := p.blocks[i].PlainText()
		_, isItem := p.blocks[i].(*model.ListItem)
		switch {
		case p.statementBegins(i):
			return last
		case isItem && inList:
		case signals(text) > 0 || recommendationWords.Get().MatchString(text):
			inList = introducesList(text) || !toHeading && p.findingsList(i)
		case toHeading:
			inList = false
			continue // kept only if a later block says more of the inspection
		default:
			return last
		}
		last = i + 1
	}
	return last
}

// introducesList reports whether text ends like a lead-in: a colon, or a
// question ("What does the school need to do to improve?").
func introducesList(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasSuffix(text, ":") || strings.HasSuffix(text, "?")
}

// recommendationWords are what an inspection's recommendations and its
// closing words say besides inspection words: timescales, "must" and
// "improve", an action plan, a return visit, the published report. They keep
// a part going; they never open one.
var recommendationWords = lazy.Re(`(?i)^\W*(immediate(ly)?|short[- ]term|medium[- ]term|longer[- ]term|within (a|one|two|three|four|six|nine|twelve|\d+) (days?|weeks?|months?|years?)|by (the end of )?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\d{4})\b[^.]*:$)|\b(must|improve\w*|action plan|requirement notices?|revisit|return (to|within)|re-?inspect\w*|(monitor|check on|assess) (the |its |their )?progress|progress against|full report|report is published)\b`)

// statementBegins reports whether block i starts the statement proper: a
// line naming the statement, a paragraph opening with the agency's name
// ("Ashcombe Police serves a county of ..."), a paragraph that speaks of
// the statement itself, or a lead-in naming a section after inspection
// ("Our key achievements were:").
func (p *plan) statementBegins(i int) bool {
	if p.namesStatement(i) || p.opensWithAgency(i) || thisStatement.Get().MatchString(p.blocks[i].PlainText()) {
		return true
	}
	li, ok := p.leadInAt(i)
	return ok && li.sec > p.m.sectionIndex(model.SectionInspection) && !recommendationWords.Get().MatchString(p.blocks[i].PlainText())
}

// thisStatement: the statement speaking of itself.
var thisStatement = lazy.Re(`(?i)\b(this|our) (annual |assurance )?(statement|submission|return)\b`)

// signals counts the inspection words in text.
func signals(text string) int {
	return len(inspectorWords.Get().FindAllString(text, -1)) + len(judgementWords.Get().FindAllString(text, -1))
}

// namesStatement reports whether block i is a short line naming the
// statement itself ("Northgate Police Assurance Statement", "Statement of
// assurance 2019-20"): it ends an inspection part.
func (p *plan) namesStatement(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if text == "" || wordCount(text) > maxHeadingWords || endsSentence(text) || p.match(i).ok() {
		return false
	}
	return statementWords.Get().MatchString(text)
}

// statementWords name the statement (not "the inspection report", nor
// "Quality assurance", a common heading inside an inspection summary).
var statementWords = lazy.Re(`(?i)\b(statement|annual return|annual report|submission)\b`)

// placeInspection puts blocks[a:end] in the inspection section.
func (p *plan) placeInspection(a, end int) {
	insp := p.m.sectionIndex(model.SectionInspection)
	next := p.m.sectionIndex(model.SectionContext)
	for i := a; i < end; i++ {
		conf := 0.8
		switch {
		case end-a == 1:
			// One paragraph may as well be the agency describing itself
			// ("The school is an academy rated good by Ofsted").
			conf = 0.55
		case signals(p.blocks[i].PlainText()) == 0:
			conf = 0.7 // a recommendation kept with its lead-in
		}
		p.slots[i].sec, p.slots[i].conf, p.slots[i].runnerUp = insp, conf, next
		p.slots[i].evidence = fmt.Sprintf("leading inspection summary (blocks %d-%d): inspection words before the statement proper", a, end-1)
	}
}
