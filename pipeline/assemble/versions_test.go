package assemble

import (
	"strings"
	"testing"
	"time"
)

// Fictional statement text for Riverside agencies.
const (
	statementV1 = `Hillside Housing Association provides 4,200 homes across Riverside and
employs 310 staff. Our safeguarding lead reports to the board each quarter.
During the year we trained 280 staff in recognising neglect and made 46
referrals to children's social care. Tenancy officers now record concerns on
the same day and the designated lead reviews every referral within a week.
We joined the multi-agency neglect pilot in the north of the borough.`
	statementV2Extra = `Key successes: the neglect pilot reached 120 families and every
tenancy officer completed the refresher course by March.`
	inspectionSummary = `The regulator inspected our tenancy services in January. Inspectors
found that governance was good, that complaints were answered on time, and
that record keeping in two estates needed improvement. An action plan was
agreed with the regulator and will be reviewed in the autumn.`
	secondHalf = `Key areas for development: we will extend the neglect training to
contractors who visit homes, audit the quality of referrals twice a year,
and agree an information sharing protocol with Northgate Police by June.`
)

func words(s string) []string { return strings.Fields(strings.ToLower(s)) }

var day = time.Date(2026, 5, 11, 9, 30, 0, 0, time.UTC)

func keys(cs []Candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key)
	}
	return out
}

func TestV2SupersedesV1(t *testing.T) {
	v2 := strings.Replace(statementV1, "46", "52", 1) + "\n" + statementV2Extra
	cands := []Candidate{
		{Key: "Hillside statement v1.docx", Agency: "Hillside", Name: "Hillside statement v1.docx", Received: day, Words: words(statementV1)},
		{Key: "Hillside statement v2 - updated figures.pdf", Agency: "Hillside", Name: "Hillside statement v2 - updated figures.pdf", Received: day.Add(72 * time.Hour), Words: words(v2)},
	}
	use, sup := ResolveVersions(cands)
	if len(use) != 1 || use[0].Key != cands[1].Key {
		t.Fatalf("use = %v, want only v2", keys(use))
	}
	if len(sup) != 1 || sup[0].Key != cands[0].Key || sup[0].By != cands[1].Key || sup[0].ByName != cands[1].Name {
		t.Fatalf("superseded = %+v, want v1 by v2", sup)
	}
}

// FINAL in the name beats a draft that arrived later, and because the file
// times say the opposite, the choice is flagged as a doubt with both names.
func TestFinalBeatsLaterDraftAndIsFlagged(t *testing.T) {
	v2 := strings.Replace(statementV1, "46", "52", 1)
	cands := []Candidate{
		{Key: "a", Agency: "X", Name: "SEPT LSCB statement FINAL.docx", Received: day, Words: words(statementV1)},
		{Key: "b", Agency: "X", Name: "SEPT_statement_draft2.docx", Received: day.Add(3 * time.Second), Words: words(v2)},
	}
	use, sup := ResolveVersions(cands)
	if len(use) != 1 || use[0].Key != "a" {
		t.Fatalf("use = %v, want FINAL (a)", keys(use))
	}
	if len(sup) != 1 || !sup[0].Doubt || !strings.Contains(sup[0].Why, "final") {
		t.Fatalf("superseded = %+v, want the draft superseded with a doubt naming final", sup)
	}
}

func TestEqualTimesDecidedByName(t *testing.T) {
	cases := []struct{ older, newer string }{
		{"statement v1.docx", "statement v2.docx"},
		{"statement v2.docx", "statement FINAL.docx"},
		{"statement_draft2.docx", "statement.docx"},
		{"statement draft1.docx", "statement draft2.docx"},
		{"statement.docx", "statement - updated.docx"},
		{"statement.docx", "statement (2).docx"},
		{"statement v3.docx", "statement v10.docx"},
		{"v9 drafts/statement v1.docx", "v1 drafts/statement v2.docx"},
	}
	for _, c := range cases {
		for _, swap := range []bool{false, true} {
			cands := []Candidate{
				{Key: c.older, Agency: "X", Name: c.older, Received: day, Words: words(statementV1)},
				// one second apart: within a file system's time resolution
				{Key: c.newer, Agency: "X", Name: c.newer, Received: day.Add(time.Second), Words: words(statementV1)},
			}
			if swap {
				cands[0].Received, cands[1].Received = cands[1].Received, cands[0].Received
				cands[0], cands[1] = cands[1], cands[0]
			}
			use, sup := ResolveVersions(cands)
			if len(use) != 1 || use[0].Key != c.newer || len(sup) != 1 || sup[0].Key != c.older {
				t.Errorf("%q vs %q (swap %v): used %v", c.older, c.newer, swap, keys(use))
			}
		}
	}
}

func TestDistinctDocumentsBothUsed(t *testing.T) {
	cands := []Candidate{
		{Key: "assurance statement.docx", Agency: "Hillside", Received: day, Words: words(statementV1)},
		{Key: "inspection summary.pdf", Agency: "Hillside", Received: day.Add(time.Hour), Words: words(inspectionSummary), Inspection: true},
		{Key: "statement part 2.docx", Agency: "Hillside", Received: day.Add(2 * time.Minute), Words: words(secondHalf)},
	}
	use, sup := ResolveVersions(cands)
	if len(sup) != 0 {
		t.Fatalf("superseded %+v; distinct documents must all be used", sup)
	}
	got := strings.Join(keys(use), " | ")
	want := "inspection summary.pdf | assurance statement.docx | statement part 2.docx"
	if got != want {
		t.Errorf("order %q, want inspection first then by received: %q", got, want)
	}
}

func TestAgenciesNeverSupersedeEachOther(t *testing.T) {
	cands := []Candidate{
		{Key: "a", Agency: "Hillside", Received: day, Words: words(statementV1)},
		{Key: "b", Agency: "Westbrook", Received: day.Add(time.Hour), Words: words(statementV1)},
		{Key: "c", Agency: "", Received: day, Words: words(statementV1)},
		{Key: "d", Agency: "", Received: day.Add(time.Hour), Words: words(statementV1)},
	}
	use, sup := ResolveVersions(cands)
	if len(use) != 4 || len(sup) != 0 {
		t.Errorf("use %v superseded %v", keys(use), sup)
	}
}

func TestContainment(t *testing.T) {
	a := shingles(words(statementV1))
	b := shingles(words(statementV1 + " " + statementV2Extra))
	if c := containment(a, b); c < 0.99 {
		t.Errorf("a text inside a longer version: containment %.2f", c)
	}
	if c := containment(a, shingles(words(inspectionSummary))); c >= SameDocument {
		t.Errorf("different documents: containment %.2f", c)
	}
	// punctuation and case do not matter (a PDF and a DOCX of one text)
	if c := containment(a, shingles(words(strings.ToUpper(strings.ReplaceAll(statementV1, ".", ""))))); c < 0.99 {
		t.Errorf("punctuation-insensitive: %.2f", c)
	}
}

func TestWordFilePreferredToItsPDFSentTogether(t *testing.T) {
	for _, order := range [][2]string{{"statement.pdf", "statement.docx"}, {"statement.docx", "statement.pdf"}} {
		cands := []Candidate{
			{Key: order[0], Agency: "X", Name: order[0], Received: day, Words: words(statementV1)},
			{Key: order[1], Agency: "X", Name: order[1], Received: day, Words: words(statementV1)},
		}
		use, sup := ResolveVersions(cands)
		if len(use) != 1 || use[0].Name != "statement.docx" || len(sup) != 1 || sup[0].Name != "statement.pdf" {
			t.Errorf("order %v: used %+v superseded %+v; want the DOCX used and the PDF superseded", order, use, sup)
		}
	}
}
