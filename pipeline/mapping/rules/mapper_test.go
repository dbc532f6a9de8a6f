package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// Builders for small fictional documents.
func h(level int, text string) model.Block { return &model.Heading{Level: level, Text: text} }
func bold(text string) model.Block         { return &model.Heading{Text: text, Candidate: true} }
func para(text string) model.Block         { return &model.Paragraph{Text: text} }
func item(text string) model.Block         { return &model.ListItem{Text: text} }
func table(rows ...[]string) model.Block   { return &model.Table{Rows: rows} }

func doc(blocks ...model.Block) *model.Document {
	for i, b := range blocks {
		model.SetIndex(b, i)
	}
	return &model.Document{Blocks: blocks}
}

// want is the expected section and role of each block, as "section/role"
// with role one of t(itle), s(ection heading), h (sub-heading), c(ontent).
func checkPlacements(t *testing.T, ps []model.Placement, want ...string) {
	t.Helper()
	roles := map[string]model.Role{"t": model.RoleTitle, "s": model.RoleSectionHeading, "h": model.RoleSubHeading, "c": model.RoleContent}
	if len(ps) != len(want) {
		t.Fatalf("%d placements, want %d", len(ps), len(want))
	}
	for i, w := range want {
		sec, role, _ := strings.Cut(w, "/")
		if string(ps[i].Section) != sec || ps[i].Role != roles[role] {
			t.Errorf("block %d %q: got %s/%s (%s), want %s", i, trim(ps[i].Block.PlainText()), ps[i].Section, ps[i].Role, ps[i].Evidence, w)
		}
	}
}

func trim(s string) string {
	if len(s) > 50 {
		return s[:50] + "..."
	}
	return s
}

func mapDoc(t *testing.T, d *model.Document) []model.Placement {
	t.Helper()
	ps, err := defaultMapper(t).Map(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	checkConservation(t, d, ps)
	return ps
}

// checkConservation: one placement per block, in order, each with a valid
// section, a confidence in 0..1, evidence and the mapper's name.
func checkConservation(t testing.TB, d *model.Document, ps []model.Placement) {
	t.Helper()
	if len(ps) != len(d.Blocks) {
		t.Fatalf("%d placements for %d blocks", len(ps), len(d.Blocks))
	}
	for i, p := range ps {
		if p.Block != d.Blocks[i] {
			t.Fatalf("placement %d holds another block: order or identity lost", i)
		}
		if !p.Section.Valid() {
			t.Errorf("placement %d: invalid section %q", i, p.Section)
		}
		if p.Confidence < 0 || p.Confidence > 1 {
			t.Errorf("placement %d: confidence %v outside 0..1", i, p.Confidence)
		}
		if p.RunnerUp != "" && (p.RunnerUp == p.Section || !p.RunnerUp.Valid() || p.Role == model.RoleTitle) {
			t.Errorf("placement %d (%s, %s): runner-up %q", i, p.Section, p.Role, p.RunnerUp)
		}
		if p.Mapper != "rules" || p.Evidence == "" || p.Role == "" {
			t.Errorf("placement %d: mapper %q, evidence %q, role %q", i, p.Mapper, p.Evidence, p.Role)
		}
	}
}

func TestStyledHeadingsWithOwnWordings(t *testing.T) {
	d := doc(
		h(1, "Riverside Community Health Trust"),
		h(2, "About us"),
		para("Riverside Community Health Trust provides community nursing to a population of 250,000."),
		h(2, "What we did"),
		item("All health visitors completed level 3 training."),
		h(3, "Core practice courses"),
		para("Courses ran every month in both localities."),
		h(2, "The difference it made"),
		para("Referrals of a better quality reached children's social care."),
		h(2, "Highlights"),
		para("The new sleep-safety leaflet reached every family with a newborn."),
		h(2, "3. Looking ahead:"),
		item("Extend the leaflet to foster carers."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps,
		"context/t", "context/s", "context/c",
		"activity/s", "activity/c", "activity/h", "activity/c",
		"outcomes/s", "outcomes/c",
		"successes/s", "successes/c",
		"development/s", "development/c")
	if ps[2].Confidence < 0.9 || !strings.Contains(ps[2].Evidence, `"About us"`) {
		t.Errorf("block under an exact heading: confidence %.2f, evidence %q", ps[2].Confidence, ps[2].Evidence)
	}
}

func TestFuzzyHeadingIsLessSure(t *testing.T) {
	ps := mapDoc(t, doc(
		h(2, "Agency Context"), para("We are a small charity."),
		h(2, "Key Sucesses"), para("We opened a second family centre."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "successes/s", "successes/c")
	if !(ps[3].Confidence < ps[1].Confidence && ps[3].Confidence > 0.6) {
		t.Errorf("fuzzy %.2f vs exact %.2f: the typo should be less sure but still confident", ps[3].Confidence, ps[1].Confidence)
	}
}

func TestBoldCandidates(t *testing.T) {
	d := doc(
		bold("Hillview Youth Offending Service"),
		bold("Agency Context"),
		para("Hillview YOS works with young people aged 10 to 17."),
		bold("Safeguarding Adults/Children Activity"),
		bold("Case audits"), // a short bold lead line: a sub-heading
		para("Managers audited twenty cases each quarter."),
		bold("All staff attended the briefing on exploitation, which was well received by the teams."), // a bold sentence: content
		bold("Outcomes and Impact of Safeguarding Adults/Children Activity"),
		para("Repeat offending among looked after children fell."),
		bold("Key Successes"),
		para("The team won a regional award."),
		bold("Key Areas for Development"),
		para("We will improve how we hear the voice of the child."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps,
		"context/t", "context/s", "context/c",
		"activity/s", "activity/h", "activity/c", "activity/c",
		"outcomes/s", "outcomes/c", "successes/s", "successes/c", "development/s", "development/c")
}

func TestInspectionBeforeStatementOpensInspection(t *testing.T) {
	d := doc(
		h(1, "Lakeside Police"),
		h(2, "HMICFRS inspection, March 2019 - key findings"),
		para("Inspectors rated the force's child protection work as requires improvement."),
		h(2, "Agency context"),
		para("Lakeside Police covers two counties."),
		h(2, "Safeguarding children activity"),
		h(3, "Ofsted inspection of the custody suite - findings"),
		para("Officers attended joint training with social workers."),
		h(2, "Key successes"), para("A new missing-children team was launched."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps,
		"inspection/t", "inspection/s", "inspection/c",
		"context/s", "context/c",
		"activity/s", "activity/h", "activity/c",
		"successes/s", "successes/c")
}

func TestInspectionHeadingAfterContextStaysInside(t *testing.T) {
	// The same level as the section headings: still a sub-heading, because
	// the statement proper has begun.
	ps := mapDoc(t, doc(
		h(2, "Agency context"), para("We run three children's centres."),
		h(2, "Safeguarding children activity"), para("We audited 40 case files."),
		h(2, "CQC inspection July 2016 - key findings"), para("The inspectors found good record keeping."),
		h(2, "Key areas for development"), para("We will recruit a named nurse."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "activity/s", "activity/c",
		"activity/h", "activity/c", "development/s", "development/c")
}

func TestWeakMatchDoesNotGoBack(t *testing.T) {
	// "Background to the audit" weakly suggests context, but we are in
	// outcomes: it stays a sub-heading there.
	ps := mapDoc(t, doc(
		h(2, "Agency Context"), para("A small trust."),
		h(2, "Outcomes"), para("Fewer repeat referrals."),
		h(3, "Background to the audit"), para("The audit looked at 30 cases."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "outcomes/s", "outcomes/c", "outcomes/h", "outcomes/c")
}

// A short preamble with no cue words before the first heading is context. (A
// line about the document itself, "This statement covers April 2019 to March
// 2020.", is unmapped since the headrules9 round: aboutstatement.go.)
func TestShortPreambleBeforeFirstHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Brookfield Council Children's Services"),
		para("Brookfield lies in the north of the county."),
		h(2, "Safeguarding children activity"), para("We trained 300 staff."),
	))
	checkPlacements(t, ps, "context/t", "context/c", "activity/s", "activity/c")
}

func TestNoHeadingsByMeaning(t *testing.T) {
	d := doc(
		para("Brookfield Ambulance Service"),
		para("Brookfield Ambulance Service provides emergency care to a population of 1.2 million and employs 3,000 staff across 20 stations."),
		para("The safeguarding team consists of a named professional, two safeguarding leads and an administrator."),
		para("During the year 1,800 staff completed level 2 training and we carried out two audits of referrals."),
		para("We attended every meeting of the Board and its sub-groups and contributed to one serious case review."),
		para("As a result of the training, the number of referrals increased by 20% and audit evidence shows improved quality."),
		para("We successfully launched an electronic referral form and were proud to be recognised with a regional award."),
		para("Next year our priority will be to embed the new form, and we plan to further develop supervision."),
		item("Improve the quality of referrals."),
		item("Strengthen training on exploitation."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps,
		"context/t", "context/c", "context/c", "activity/c", "activity/c",
		"outcomes/c", "successes/c", "development/c", "development/c", "development/c")
	for _, p := range ps[1:] {
		if !strings.HasPrefix(p.Evidence, "by meaning") || p.Confidence > maxConfidence {
			t.Errorf("%q: evidence %q, confidence %.2f", trim(p.Block.PlainText()), p.Evidence, p.Confidence)
		}
	}
	if !strings.Contains(ps[6].Evidence, "successfully") {
		t.Errorf("evidence %q does not name its cues", ps[6].Evidence)
	}
}

func TestListAndTableGoWithNeighbours(t *testing.T) {
	d := doc(
		para("Brookfield Hospice"),
		para("Brookfield Hospice provides palliative care for children across the county and employs 60 staff."),
		para("The team consists of:"),
		item("a named nurse"),
		item("a safeguarding lead who will chair the group"), // "will" alone must not pull it away
		para("During the year every nurse completed level 3 training and we audited our policy."),
		table([]string{"Course", "Attended"}, []string{"Level 3", "58"}),
		para("Next year we plan to improve supervision; it remains a priority."),
	)
	ps := mapDoc(t, d)
	checkPlacements(t, ps, "context/t", "context/c", "context/c", "context/c", "context/c",
		"activity/c", "activity/c", "development/c")
}

func TestNothingFitsIsUnmapped(t *testing.T) {
	ps := mapDoc(t, doc(para("Lorem ipsum dolor sit amet."), para("Consectetur adipiscing elit.")))
	for _, p := range ps {
		if p.Section != model.SectionUnmapped || p.Confidence != 0 {
			t.Errorf("%q: %s %.2f, want unmapped 0", p.Block.PlainText(), p.Section, p.Confidence)
		}
	}
}

func TestEmptyAndBadInput(t *testing.T) {
	m := defaultMapper(t)
	if ps, err := m.Map(context.Background(), &model.Document{}); err != nil || len(ps) != 0 {
		t.Errorf("empty document: %v, %v", ps, err)
	}
	if _, err := New(nil, 0.6).Map(context.Background(), doc(para("x"))); err == nil {
		t.Error("no error for a nil template")
	}
	bad := &template.Template{Sections: []template.Section{{Key: model.SectionContext, Patterns: []string{"("}}}}
	if _, err := New(bad, 0.6).Map(context.Background(), doc(para("x"))); err == nil {
		t.Error("no error for a template whose pattern does not compile")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.Map(ctx, doc(para("x"))); err == nil {
		t.Error("no error for a cancelled context")
	}
}

// TestConservationOnCorpus: every corpus document, with and without its
// headings, keeps every block in order with a valid section.
func TestConservationOnCorpus(t *testing.T) {
	m := defaultMapper(t)
	for _, td := range loadTruthDocs(t) {
		ps, err := m.Map(context.Background(), td.doc)
		if err != nil {
			t.Fatal(err)
		}
		checkConservation(t, td.doc, ps)
	}
}

func TestUnmatchedSectionLevelHeadingByMeaning(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Lakeside Hospice"),
		h(2, "About us"), para("Lakeside Hospice provides care to children across the county."),
		h(2, "Working together"), para("Staff attended level 3 training and we carried out an audit of our safeguarding policy."),
		// Between activity and successes only outcomes is missing: the gap rule.
		h(2, "Family stories"), para("A parent told us the support made her feel safe."),
		h(2, "Highlights"), para("We successfully launched a new family room."),
	))
	checkPlacements(t, ps, "context/t", "context/s", "context/c",
		"activity/h", "activity/c", "outcomes/h", "outcomes/c", "successes/s", "successes/c")
	if !strings.Contains(ps[3].Evidence, "names no section") || ps[4].Confidence >= 0.9 {
		t.Errorf("evidence %q, confidence %.2f", ps[3].Evidence, ps[4].Confidence)
	}
}

func TestNoHeadingsInspectionFirst(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Hillview Youth Offending Service"),
		para("Ofsted and HMI Probation inspected the service in March 2016 and rated it good overall."),
		para("Inspectors found that staff knew the children well; the findings also noted that case records were not always up to date."),
		para("Hillview Youth Offending Service is part of the council and employs 40 staff working with young people aged 10 to 17."),
		para("During the year we delivered training on exploitation to all case managers and audited 50 cases."),
		para("As a result, the number of children re-offending fell by 12%."),
		para("We are proud that our restorative work was recognised with a national award."),
		para("Next year we will strengthen our work with schools."),
	))
	checkPlacements(t, ps, "inspection/t", "inspection/c", "inspection/c", "context/c",
		"activity/c", "outcomes/c", "successes/c", "development/c")
}

// The second file of a statement split in two starts at outcomes: the
// position in the document must not drag it back to context.
func TestNoHeadingsSecondPartOfSplitStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		para("Hillview Youth Offending Service - statement part 2"),
		para("As a result of the new panel, the number of first-time entrants fell by 20% and feedback from families was positive."),
		para("Evidence from our audit shows improved quality of assessments."),
		para("We are proud that the team successfully achieved the quality mark."),
		para("The service was recognised by the Board for its work on exploitation."),
		para("Next year we will strengthen our work with schools."),
		para("We plan to further develop our use of the voice of the child."),
	))
	checkPlacements(t, ps, "outcomes/t", "outcomes/c", "outcomes/c", "successes/c", "successes/c",
		"development/c", "development/c")
}

func TestTitles(t *testing.T) {
	cases := []struct {
		name string
		d    *model.Document
		want []string
	}{
		{"title at level 2 above level-3 sections", doc(h(2, "Riverside Trust"), h(3, "Agency context"), para("A small trust.")),
			[]string{"context/t", "context/s", "context/c"}},
		{"title with a weak section word", doc(h(1, "Riverside Trust: Safeguarding Activity Report 2019"), h(2, "Agency context"), para("A small trust.")),
			[]string{"context/t", "context/s", "context/c"}},
		{"a section heading first is no title", doc(h(1, "Agency context"), para("A small trust."), h(1, "Key successes"), para("We won.")),
			[]string{"context/s", "context/c", "successes/s", "successes/c"}},
		{"title and subtitle", doc(para("Riverside Trust"), para("Annual safeguarding statement 2019-20"), h(2, "Agency context"), para("A small trust.")),
			[]string{"context/t", "context/t", "context/s", "context/c"}},
		{"a sentence first is content", doc(para("Riverside Trust provides community nursing to a population of 250,000."), h(2, "Key successes"), para("We won.")),
			[]string{"context/c", "successes/s", "successes/c"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPlacements(t, mapDoc(t, c.d), c.want...) })
	}
}

func TestBoldLineInStyledDocumentIsSubHeading(t *testing.T) {
	ps := mapDoc(t, doc(
		h(2, "Agency context"), para("A small trust."),
		h(2, "Safeguarding children activity"),
		bold("Impact of training on practice"), para("Staff said the course was useful."),
		h(2, "Outcomes"), para("Fewer repeat referrals."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "activity/s", "activity/h", "activity/c", "outcomes/s", "outcomes/c")
}

func TestBoldSectionHeadingInStyledDocument(t *testing.T) {
	// An exact bold "Key successes" still opens its section; the styled
	// fuzzy heading after it still opens development.
	ps := mapDoc(t, doc(
		h(2, "Agency context"), para("A small trust."),
		bold("Key successes"), para("We won an award."),
		h(2, "Priorities for next year"), para("We will recruit."),
	))
	checkPlacements(t, ps, "context/s", "context/c", "successes/s", "successes/c", "development/s", "development/c")
}

func TestInspectionSummaryDocument(t *testing.T) {
	// A separate file holding an inspection summary: its own "Strengths"
	// and "Areas for improvement" belong to the inspection.
	ps := mapDoc(t, doc(
		bold("Ofsted inspection of Lakeside children's services, 2019 - summary report"),
		para("Inspectors judged the service to be good."),
		bold("Strengths"),
		para("Leaders know their services well."),
		bold("Areas for improvement"),
		item("The quality of supervision."),
	))
	checkPlacements(t, ps, "inspection/t", "inspection/c", "inspection/h", "inspection/c", "inspection/h", "inspection/c")
}

func TestInspectionSectionThenStatement(t *testing.T) {
	ps := mapDoc(t, doc(
		h(1, "Lakeside Council"),
		h(2, "Ofsted inspection 2019"), para("Inspectors judged the service to be good."),
		h(3, "Areas for improvement"), para("The quality of supervision."),
		h(2, "Agency context"), para("Lakeside Council serves 200,000 people."),
		h(2, "Key areas for development"), para("We will improve supervision."),
	))
	checkPlacements(t, ps, "inspection/t", "inspection/s", "inspection/c", "inspection/h", "inspection/c",
		"context/s", "context/c", "development/s", "development/c")
}

func TestCustomTemplateWithoutInspection(t *testing.T) {
	full, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	var secs []template.Section
	for _, s := range full.Sections {
		if s.Key != model.SectionInspection {
			secs = append(secs, s)
		}
	}
	// Listed out of report order on purpose: the mapper sorts them.
	secs[0], secs[1] = secs[1], secs[0]
	m := New(&template.Template{Sections: secs}, 0.6)
	for _, d := range []*model.Document{
		doc(h(1, "Lakeside Police"), h(2, "Ofsted inspection 2019"), para("Inspectors judged it good."),
			h(2, "Agency context"), para("We police two counties.")),
		doc(para("Lakeside Police"), para("Inspectors rated the force good."), para("Next year we will recruit.")),
	} {
		ps, err := m.Map(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		checkConservation(t, d, ps)
		for _, p := range ps {
			if p.Section == model.SectionInspection {
				t.Errorf("%q placed in a section the template does not have", p.Block.PlainText())
			}
		}
	}
	empty := New(&template.Template{}, 0.6)
	d := doc(para("x"), para("y"))
	ps, err := empty.Map(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	checkConservation(t, d, ps)
	if ps[0].Section != model.SectionUnmapped {
		t.Errorf("no sections: got %s, want unmapped", ps[0].Section)
	}
}
