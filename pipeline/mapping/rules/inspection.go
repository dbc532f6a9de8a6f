package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Words of an external inspection or review. inspectorWords name who
// inspects, and one of them must open a leading inspection part;
// judgementWords are what such a summary reports, and keep it going.
var (
	inspectorWords = lazy.Re(`(?i)\b(inspect(ed|ion|ions|ors?|orate)|peer review(ed)?|reviewers|HMI\w*|Ofsted|CQC|Care Quality Commission)\b`)
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
	inList := false // in a list introduced by an inspection lead-in
	i := a + 1
	for ; i < b; i++ {
		text := p.blocks[i].PlainText()
		_, isItem := p.blocks[i].(*model.ListItem)
		switch {
		case p.namesStatement(i):
			return i
		case isItem && inList:
			continue
		case signals(text) > 0:
			inList = strings.HasSuffix(strings.TrimSpace(text), ":")
			continue
		}
		break
	}
	return i
}

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
