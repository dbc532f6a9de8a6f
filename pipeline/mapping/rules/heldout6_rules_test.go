package rules

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Fictional cases for the shapes behind round3/heldout6's whole-statement
// errors (other agencies and wordings than that set's).

// Only the first heading uses a template wording; every later one is the
// agency's own. Their stretches used to stay in context at 0.92, so a
// whole statement sat confidently in one section.
func TestOneMatchedHeadingThenTheAgencysOwn(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Fernvale Community Transport"),
		h(2, "About us"), para("Fernvale Community Transport carries 2,000 children to school each day."),
		h(2, "Twelve months on the road"), para("We trained every driver in safeguarding and ran refresher sessions each term."),
		h(2, "Moments to remember"), para("Our driver awareness course won a regional award and we are proud of the team."),
		h(2, "Down the line"), para("Next year we will introduce a second safeguarding lead and we plan to audit referrals."),
	))
	for i, p := range ps {
		if i < 4 {
			continue // the title and the context part
		}
		if p.Section == model.SectionContext && p.Confidence >= 0.6 {
			t.Errorf("block %d %q: context at %.2f (%s); want another section or flagged", i, p.Block.PlainText(), p.Confidence, p.Evidence)
		}
	}
}

// A statement opening with its figures before its first matched heading:
// the inspection section comes first in the template, so the figures
// leaned to it by place alone, with no inspection word near them.
func TestFiguresFirstAreNoConfidentInspection(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Larkfield Mental Health Trust"),
		h(2, "Numbers at a glance"),
		para("88% of clinical staff completed level 3 safeguarding children training."),
		para("214 referrals to children's social care were made by adult mental health teams."),
		h(2, "About the trust"), para("Larkfield Mental Health Trust serves 600,000 people across two counties."),
		h(2, "Our safeguarding activity"), para("We ran monthly safeguarding supervision for all community teams."),
	))
	for i := 2; i <= 3; i++ {
		if p := ps[i]; p.Section == model.SectionInspection && p.Confidence >= 0.6 {
			t.Errorf("figure %d: inspection at %.2f (%s); want flagged or not inspection", i, p.Confidence, p.Evidence)
		}
	}
	// An inspection summary first, naming its inspectorate, is inspection
	// and not doubted for want of inspection words (the leading summary's
	// own rule decides its confidence).
	ps = mapDoc(t, doc(
		h(1, "Larkfield Mental Health Trust"),
		para("The Care Quality Commission inspected the trust in March and rated it Good overall."),
		h(2, "About the trust"), para("Larkfield Mental Health Trust serves 600,000 people across two counties."),
	))
	if p := ps[1]; p.Section != model.SectionInspection || strings.Contains(p.Evidence, "nothing near it reads as an inspection") {
		t.Errorf("a CQC summary first: %s %.2f (%s); want inspection, with its inspection words", p.Section, p.Confidence, p.Evidence)
	}
}

// A question or first-person heading that names an inspection or an
// inspectorate is the inspection part, whatever other idea words it has.
func TestIdeaHeadingNamingAnInspection(t *testing.T) {
	m := defaultMapper(t)
	for _, heading := range []string{"What inspectors said about us", "What Ofsted found", "How the CQC rated us", "Our inspection"} {
		if got := m.headings.match(heading); got.Section != model.SectionInspection || !got.ok() {
			t.Errorf("%q: %s (%.2f via %s); want inspection", heading, got.Section, got.Score, got.How)
		}
	}
	if got := m.headings.match("What we did"); got.Section != model.SectionActivity {
		t.Errorf("%q: %s; want activity", "What we did", got.Section)
	}
}
