package assemble

import (
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// mapped makes a fictional mapped document: a title line, then the body
// as paragraphs in the activity section.
func mapped(path string, received time.Time, title, body string) Mapped {
	doc := &model.Document{Source: model.Source{Path: path, Format: model.FormatDOCX, Received: received}}
	blocks := []model.Block{&model.Heading{Level: 1, Text: title}}
	for _, p := range strings.Split(body, "\n\n") {
		blocks = append(blocks, &model.Paragraph{Text: p})
	}
	var pl []model.Placement
	for i, b := range blocks {
		model.SetIndex(b, i)
		p := model.Placement{Block: b, Section: model.SectionActivity, Confidence: 0.9, Mapper: "rules"}
		if i == 0 {
			p.Role, p.Section = model.RoleTitle, model.SectionContext
		}
		pl = append(pl, p)
	}
	doc.Blocks = blocks
	return Mapped{Doc: doc, Placements: pl}
}

var riverside = []model.Agency{
	{Name: "Southend Borough Council", Aliases: []string{"Southend"}},
	{Name: "South Essex Partnership Trust (SEPT)"},
	{Name: "Hillside Housing Association", Aliases: []string{"Hillside Housing"}},
	{Name: "Westbrook College"},
}

func flagsOf(st *model.Statement, kind string) []string {
	var out []string
	for _, f := range st.Flags {
		if f.Kind == kind {
			out = append(out, f.Message)
		}
	}
	return out
}

func onlyStatement(t *testing.T, r Result) *model.Statement {
	t.Helper()
	if len(r.Statements) != 1 {
		var names []string
		for _, s := range r.Statements {
			names = append(names, s.Agency)
		}
		t.Fatalf("want one statement, got %v", names)
	}
	return r.Statements[0]
}

// FINAL beats a draft copied in 3 s later; the choice goes against the
// file times, so the statement carries a version flag naming both files.
func TestAssembleFinalOverLaterDraftIsFlagged(t *testing.T) {
	v2 := strings.Replace(statementV1, "46", "52", 1)
	r := Assemble([]Mapped{
		mapped("subs/Hillside Housing Annual Statement FINAL.docx", day, "Hillside Housing Association", statementV1),
		mapped("subs/Hillside_Housing_statement_draft2.docx", day.Add(3*time.Second), "Hillside Housing Association", v2),
	}, Options{Agencies: riverside, StatementsNumber: "7"})
	st := onlyStatement(t, r)
	if st.Documents[0].Source.Path != "subs/Hillside Housing Annual Statement FINAL.docx" {
		t.Errorf("used %s, want FINAL", st.Documents[0].Source.Path)
	}
	got := flagsOf(st, model.FlagVersionDoubt)
	want := "used Hillside Housing Annual Statement FINAL.docx (named final) rather than Hillside_Housing_statement_draft2.docx, which arrived 3 s later: check"
	if len(got) != 1 || !strings.Contains(got[0], want) {
		t.Errorf("version flags %q, want one containing %q", got, want)
	}
	if len(r.Superseded) != 1 || !r.Superseded[0].Doubt || r.Superseded[0].Why != "named final" {
		t.Errorf("superseded %+v", r.Superseded)
	}
}

// v2 is used whichever arrived first; only when v1 arrived later is the
// choice a doubt.
func TestAssembleV2InEitherArrivalOrder(t *testing.T) {
	v2 := statementV1 + "\n\n" + statementV2Extra
	for _, v1Later := range []bool{false, true} {
		t1, t2 := day, day.Add(24*time.Hour)
		if v1Later {
			t1, t2 = t2, t1
		}
		st := onlyStatement(t, Assemble([]Mapped{
			mapped("Hillside Housing statement v1.docx", t1, "Hillside Housing Association", statementV1),
			mapped("Hillside Housing statement v2.docx", t2, "Hillside Housing Association", v2),
		}, Options{Agencies: riverside}))
		if st.Documents[0].Source.Path != "Hillside Housing statement v2.docx" {
			t.Errorf("v1 later %v: used %s, want v2", v1Later, st.Documents[0].Source.Path)
		}
		if doubts := flagsOf(st, model.FlagVersionDoubt); len(doubts) != map[bool]int{false: 0, true: 1}[v1Later] {
			t.Errorf("v1 later %v: version flags %q", v1Later, doubts)
		}
	}
}

// Two attachments of e-mails sent on different days: the e-mails' Date
// headers decide with no doubt, even though both files were saved into the
// folder at once; two plain files told apart by their times alone are a
// doubt.
func TestAssembleEmailDatesDecideFileTimesAloneAreDoubtful(t *testing.T) {
	v2 := strings.Replace(statementV1, "280 staff", "295 staff", 1)
	older := mapped("first.eml", day, "Hillside Housing Association", statementV1)
	newer := mapped("second.eml", day.Add(48*time.Hour), "Hillside Housing Association", v2)
	older.Doc.Source.Attachment, newer.Doc.Source.Attachment = "statement.docx", "statement.docx"
	older.Sent, newer.Sent = day, day.Add(48*time.Hour)
	st := onlyStatement(t, Assemble([]Mapped{newer, older}, Options{Agencies: riverside}))
	if st.Documents[0].Source.Path != "second.eml" || len(flagsOf(st, model.FlagVersionDoubt)) != 0 {
		t.Errorf("used %s with flags %v; want the later e-mail's, unflagged", st.Documents[0].Source.Path, st.Flags)
	}
	st = onlyStatement(t, Assemble([]Mapped{
		mapped("Hillside statement.docx", day, "Hillside Housing Association", statementV1),
		mapped("Hillside Housing return.docx", day.Add(48*time.Hour), "Hillside Housing Association", v2),
	}, Options{Agencies: riverside}))
	doubts := flagsOf(st, model.FlagVersionDoubt)
	if st.Documents[0].Source.Path != "Hillside Housing return.docx" || len(doubts) != 1 ||
		!strings.Contains(doubts[0], "arrived later, and nothing else says which is later") {
		t.Errorf("used %s with version flags %q; want the later file, flagged as decided by time alone", st.Documents[0].Source.Path, doubts)
	}
}

// A date the document gives itself decides between two versions named
// alike, and one in the name does too.
func TestAssembleDatesInsideAndInNames(t *testing.T) {
	a := mapped("Westbrook statement.docx", day.Add(time.Hour), "Westbrook College", "Updated: 3 March 2026\n\n"+statementV1)
	b := mapped("Westbrook statement copy.docx", day, "Westbrook College", "Updated: 12 April 2026\n\n"+statementV1+"\n\n"+statementV2Extra)
	st := onlyStatement(t, Assemble([]Mapped{a, b}, Options{Agencies: riverside}))
	if st.Documents[0].Source.Path != "Westbrook statement copy.docx" {
		t.Errorf("used %s, want the one updated 12 April", st.Documents[0].Source.Path)
	}
	a = mapped("Westbrook statement 2026-04-12.docx", day, "Westbrook College", statementV1)
	b = mapped("Westbrook statement 2026-03-03.docx", day.Add(time.Hour), "Westbrook College", statementV1+"\n\n"+statementV2Extra)
	r := Assemble([]Mapped{a, b}, Options{Agencies: riverside})
	if st := onlyStatement(t, r); st.Documents[0].Source.Path != "Westbrook statement 2026-04-12.docx" ||
		!strings.Contains(r.Superseded[0].Why, "dated 12 April 2026 in its name") {
		t.Errorf("used %s (%+v), want the one dated 12 April in its name", st.Documents[0].Source.Path, r.Superseded)
	}
}

// agencies[].use settles a version: the named file is used, unflagged,
// whatever the names and times say.
func TestAssembleUseSettlesTheVersion(t *testing.T) {
	agencies := append([]model.Agency(nil), riverside...)
	agencies[2].Use = "May/Hillside Housing statement draft1.docx"
	st := onlyStatement(t, Assemble([]Mapped{
		mapped("subs/May/Hillside Housing statement draft1.docx", day, "Hillside Housing Association", statementV1),
		mapped("subs/Hillside Housing statement FINAL.docx", day.Add(time.Hour), "Hillside Housing Association", statementV1+"\n\n"+statementV2Extra),
	}, Options{Agencies: agencies}))
	if st.Documents[0].Source.Path != "subs/May/Hillside Housing statement draft1.docx" || len(flagsOf(st, model.FlagVersionDoubt)) != 0 {
		t.Errorf("used %s flags %v; want the file agencies[].use names, unflagged", st.Documents[0].Source.Path, st.Flags)
	}
}

// Two agencies sending the same borrowed text are two statements: only
// one agency's documents are ever versions of each other.
func TestAssembleSameTextFromTwoAgenciesIsNotVersions(t *testing.T) {
	r := Assemble([]Mapped{
		mapped("Hillside Housing statement.docx", day, "Hillside Housing Association", statementV1),
		mapped("Westbrook College statement.docx", day.Add(time.Hour), "Westbrook College", statementV1),
	}, Options{Agencies: riverside})
	if len(r.Statements) != 2 || len(r.Superseded) != 0 {
		t.Errorf("statements %d superseded %+v; want two statements and nothing superseded", len(r.Statements), r.Superseded)
	}
}

// The board's own place in a title ("to Southend LSCB") does not credit
// the statement to the council whose alias is that place.
func TestAssembleAddresseeIsNotTheAuthor(t *testing.T) {
	st := onlyStatement(t, Assemble([]Mapped{
		mapped("statement.docx", day, "SEPT - Annual Statement to Southend LSCB", statementV1),
	}, Options{Agencies: riverside}))
	if st.Agency != "South Essex Partnership Trust (SEPT)" || len(flagsOf(st, model.FlagAgencyDoubt)) != 0 {
		t.Errorf("credited to %q with flags %v; want SEPT, unflagged", st.Agency, st.Flags)
	}
}

// Two agencies named as strongly is a doubt the statement shows.
func TestAssembleTwoAgenciesInTheTitleIsFlagged(t *testing.T) {
	st := onlyStatement(t, Assemble([]Mapped{
		mapped("joint.docx", day, "Hillside Housing and Westbrook College joint statement", statementV1),
	}, Options{Agencies: riverside}))
	got := flagsOf(st, model.FlagAgencyDoubt)
	if st.Agency != "Hillside Housing Association" || len(got) != 1 || !strings.Contains(got[0], "it could be Westbrook College") {
		t.Errorf("credited to %q with agency flags %q; want Hillside flagged as possibly Westbrook College", st.Agency, got)
	}
}

// An agency named with one letter does not swallow every statement that
// uses the word "a".
func TestAssembleOneLetterAgencyMatchesNothing(t *testing.T) {
	agencies := append([]model.Agency{{Name: "A"}}, riverside...)
	r := Assemble([]Mapped{
		mapped("x1.docx", day, "A statement from Hillside Housing", statementV1),
		mapped("x2.docx", day, "A statement from Westbrook College", inspectionSummary),
		mapped("x3.docx", day, "A year of safeguarding at Lakeside Nursery", secondHalf),
	}, Options{Agencies: agencies})
	var got []string
	for _, s := range r.Statements {
		got = append(got, s.Agency)
	}
	want := "Hillside Housing Association | Westbrook College | A year of safeguarding at Lakeside Nursery"
	if strings.Join(got, " | ") != want {
		t.Errorf("statements %q, want %q", strings.Join(got, " | "), want)
	}
}

func TestAliasWarnings(t *testing.T) {
	got := AliasWarnings([]model.Agency{
		{Name: "Southend Borough Council", Aliases: []string{"Southend", "southend.gov.example"}},
		{Name: "Southend University Hospital NHS Foundation Trust", Aliases: []string{"SUHFT"}},
		{Name: "A"},
		{Name: "Westbrook College", Aliases: []string{"Our"}},
	})
	want := []string{
		`agencies[0].aliases[0]: "Southend" is part of the name of Southend University Hospital NHS Foundation Trust`,
		`agencies[2].name: "A" is too short or too common`,
		`agencies[3].aliases[0]: "Our" is too short or too common`,
	}
	if len(got) != len(want) {
		t.Fatalf("warnings %q, want %d", got, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("warning %d = %q, want it to start %q", i, got[i], w)
		}
	}
}

func TestDateInLine(t *testing.T) {
	cases := map[string]string{
		"updated: 3 march 2026":                        "2026-03-03",
		"version 2, revised 12/04/2026":                "2026-04-12",
		"date of submission 2026-05-01":                "2026-05-01",
		"last updated on 21st june 2026 by the lead":   "2026-06-21",
		"we trained 280 staff in 2026":                 "",
		"updated guidance was issued on 31/02/2026":    "",
		"the date of the next audit is not yet agreed": "",
	}
	for line, want := range cases {
		got := ""
		if d := dateInLine(line); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("dateInLine(%q) = %q, want %q", line, got, want)
		}
	}
}

// The last-saved date of a file's properties decides when nothing else
// does, and a choice against the arrival order is flagged.
func TestAssembleLastSavedDate(t *testing.T) {
	a := mapped("Westbrook statement.docx", day.Add(time.Hour), "Westbrook College", statementV1)
	b := mapped("Westbrook College statement.docx", day, "Westbrook College", statementV1+"\n\n"+statementV2Extra)
	a.Doc.Modified, b.Doc.Modified = day.AddDate(0, 0, -20), day.AddDate(0, 0, -2)
	r := Assemble([]Mapped{a, b}, Options{Agencies: riverside})
	st := onlyStatement(t, r)
	if st.Documents[0].Source.Path != "Westbrook College statement.docx" || len(flagsOf(st, model.FlagVersionDoubt)) != 1 ||
		!strings.Contains(r.Superseded[0].Why, "last saved on 9 May 2026") {
		t.Errorf("used %s (%+v), want the one saved later, flagged since it arrived first", st.Documents[0].Source.Path, r.Superseded)
	}
}
