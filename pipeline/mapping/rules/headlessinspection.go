package rules

import (
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// An inspection reported in the middle of a statement with no headings
// (issue 22, the stripped reading: "HMICFRS inspected the force's child
// protection work in September 2019 and judged ..." after the activity,
// "The Care Quality Commission carried out an unannounced inspection ..."
// before the plans). Placed by meaning in the template's order it went to
// whatever section was around it, and the blocks after it followed. It is
// recognised by its form: a paragraph whose subject is the inspector (it
// opens with the inspectorate, the inspectors or the review, or says the
// agency was inspected by someone), whose first sentence says the
// inspection took place (inspected, visited, reviewed, carried out,
// published ...; "reviewed" for a peer review, lessrules2),
// and that says what an inspection says
// (two inspection words in it and the paragraph after). The part goes on
// as an inspection part after a heading does (midInspectionEnd: inspection
// or recommendation words, and the lists after them), but stops at a
// paragraph in the agency's own voice ("We will act on the inspection's
// recommendations" is a plan). The leading inspection part keeps its own
// rule (inspection.go); an inspector named in a success ("Our team was
// praised by Ofsted") opens nothing, as the agency is its subject.

var (
	// inspectorSubject: a paragraph opening with who inspects, after at most
	// a short phrase of time ("In January, Ofsted ...").
	inspectorSubject = lazy.Re(`(?i)^\W*(?:(?:in|during|on|last) [^,.]{1,30}, )?(?:the |an? )?(?:(?:his|her) majesty['’]s |hm )?(?:inspector(?:s|ate)?\b|hmi\w*|ofsted\b|cqc\b|care quality commission\b|(?:peer )?reviewers\b|(?:unannounced |joint |targeted |full |focused )*(?:inspection|peer review)\b)`)
	// inspectedBy: the agency as the one inspected ("The service was
	// inspected by HMIP in ...").
	inspectedBy = lazy.Re(`(?i)^[^.]*\b(?:was|were|has been|have been) (?:inspected|reviewed|visited) by\b`)
	// inspectionEvent: the first sentence says an inspection took place ("The
	// CQC highlighted the changes ..." reports a finding, opening nothing).
	inspectionEvent = lazy.Re(`(?i)^[^.]*\b(?:inspected|visited|reviewed|carried out|conducted|undertook|returned|examined|published|rated|judged|graded)\b`)
	// namedInspector: a body named in capitals that inspected ("The General
	// Pharmaceutical Council inspected six of our pharmacies ..."): who
	// inspects is an inspector, whatever the list above knows (lessrules2,
	// heldout9 read without headings).
	namedInspector = lazy.Re(`^\W*(?:The\s+)?(?:[A-Z][\w'’&\-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,7}(?:also\s+)?(?:inspected|re-inspected)\b`)
	// agencyVoice: a paragraph in the agency's own voice.
	agencyVoice = lazy.Re(`(?i)^\W*(?:(?:in|by|from|during|next year|this year|last year)[^,]{0,30},? )?(?:we|our)\b`)
)

// headlessInspectionConf is the confidence of a part's blocks; a part of
// one paragraph, which may as well be the agency's own news, is flagged.
const (
	headlessInspectionConf = 0.75
	headlessInspectionOne  = 0.55
)

// headlessInspections sets aside the inspection parts of a headingless
// statement that come after the statement proper began.
func (p *plan) headlessInspections(parts map[int]aside) {
	insp := p.m.sectionIndex(model.SectionInspection)
	if insp < 0 {
		return
	}
	start := p.titleEnd
	if end := p.coverLetter(start, len(p.blocks)); end > start {
		start = end
	}
	start = max(p.leadingInspectionTo(start, len(p.blocks), false), start+1)
	for i := start; i < len(p.blocks); i++ {
		if _, done := parts[i]; done || !p.inspectorActs(i) {
			continue
		}
		end := p.headlessInspectionEnd(i)
		conf := headlessInspectionConf
		if end-i == 1 {
			conf = headlessInspectionOne
		}
		for k := i; k < end; k++ {
			if _, done := parts[k]; !done {
				parts[k] = aside{sec: insp, conf: conf, evidence: fmt.Sprintf("an inspection reported in the statement (blocks %d-%d): the inspector is the subject of its first paragraph", i, end-1)}
			}
		}
		i = end - 1
	}
}

// inspectorActs reports whether paragraph i opens an inspection part: the
// inspector is its subject and it, with the paragraph after it, says two
// things an inspection says.
func (p *plan) inspectorActs(i int) bool {
	if !p.isParagraph(i) || p.opensWithAgency(i) {
		return false
	}
	if p.auditorsAct(i) { // auditpart.go
		return true
	}
	text := p.blocks[i].PlainText()
	if !inspectorSubject.Get().MatchString(text) && !inspectedBy.Get().MatchString(text) && !p.namedInspector(text) || !inspectionEvent.Get().MatchString(text) {
		return false
	}
	n := signals(text)
	if i+1 < len(p.blocks) {
		n += signals(p.blocks[i+1].PlainText())
	}
	return n >= 2
}

// headlessInspectionEnd is where the part opened at i ends: as after an
// inspection heading (midInspectionEnd), and at a paragraph in the
// agency's own voice or giving its own results (inspectionresults.go).
func (p *plan) headlessInspectionEnd(i int) int {
	end := p.midInspectionEnd(i, len(p.blocks))
	for k := i + 1; k < end; k++ {
		if _, isItem := p.blocks[k].(*model.ListItem); !isItem && agencyVoice.Get().MatchString(strings.TrimSpace(p.blocks[k].PlainText())) {
			return k
		}
		if p.ownResult(k) || p.ownPlan(i, k) { // inspectionresults.go, ownplans.go
			return k
		}
	}
	return end
}

// findingsList reports whether the list after paragraph i of a leading
// inspection part is the inspection's: in a statement with no headings
// the areas for improvement or recommendations often follow the findings
// with no heading or lead-in of their own ("Inspectors found that ...",
// then "Regular supervision for every community midwife."). Under headings
// (and while headings are being decided, toHeading in inspectionEnd) a
// lead-in is still needed.
func (p *plan) findingsList(i int) bool {
	if p.headed || !p.isParagraph(i) || i+1 >= len(p.blocks) {
		return false
	}
	_, isItem := p.blocks[i+1].(*model.ListItem)
	return isItem
}

// namedInspector reports whether text opens with a body named in capitals
// that inspected: not one of the agency's own roles ("The Head of
// Transport inspected every vehicle" is the agency at work).
func (p *plan) namedInspector(text string) bool {
	subject := namedInspector.Get().FindString(text)
	return subject != "" && !signRole.Get().MatchString(subject)
}
