package pdf

import (
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// tableRows returns the rows of the table holding s, or fails.
func tableRows(t *testing.T, doc *model.Document, s string) *model.Table {
	t.Helper()
	tb, ok := find(t, doc, s).(*model.Table)
	if !ok {
		t.Fatalf("%q is not in a table:\n%s", s, model.Dump(doc))
	}
	return tb
}

func wantRows(t *testing.T, tb *model.Table, want [][]string) {
	t.Helper()
	if !reflect.DeepEqual(tb.Rows, want) {
		t.Errorf("table on page %d:\n got %q\nwant %q", tb.Pos().Page, tb.Rows, want)
	}
}

// TestWrappedHeaderAboveFirstLine: the second header cell wraps over four
// lines and pandoc bottom-aligns the header row, so "Kestrel Bay" stands
// alone above the first line with two columns; the first column wraps in
// every body row.
func TestWrappedHeaderAboveFirstLine(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	wantRows(t, tableRows(t, doc, "Mandatory Learning Modules"), [][]string{
		{"Mandatory Learning Modules", "Kestrel Bay Adult Community Nursing Teams", "", ""},
		{"", "Staff Required", "Completed", ""},
		{"", "", "Number", "%"},
		{"Protecting Children Foundation", "2210", "2054", "93%"},
		{"Protecting Children Intermediate", "1307", "1189", "91%"},
		{"Protecting Children and Young People Advanced", "212", "180", "85%"},
		{"Protecting Children and Young People Specialist", "4", "4", "100%"},
	})
	if p, ok := find(t, doc, "end of March:").(*model.Paragraph); !ok || p.Text != "The figures below were taken from the training register at the end of March:" {
		t.Errorf("the paragraph above the table changed: %#v", p)
	}
}

// TestWrappedHeaderInTwoColumns: two header cells wrap above the first
// line, and their first lines nearly meet ("Kestrel" runs close to "Of"),
// so the line is split at the column start the other lines give.
func TestWrappedHeaderInTwoColumns(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	wantRows(t, tableRows(t, doc, "April to June"), [][]string{
		{"Quarter", "Referrals to the Kestrel Bay children’s services front door", "Of which accepted for assessment by the duty social worker"},
		{"April to June", "112", "87"},
		{"July to September", "98", "80"},
		{"October to December", "131", "102"},
		{"January to March", "120", "95"},
	})
	if h, ok := find(t, doc, "Referrals by quarter").(*model.Heading); !ok || h.Text != "Referrals by quarter" {
		t.Errorf("the heading above the table changed: %#v", h)
	}
}

// TestWrappedRowCutByPageBreak: the page break falls inside the second
// row; LibreOffice repeats the header row on the new page. One table, the
// header once, the cut row whole.
func TestWrappedRowCutByPageBreak(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	tb := tableRows(t, doc, "School nursing")
	wantRows(t, tb, [][]string{
		{"Team or service providing care to families", "Sessions", "Attended"},
		{"Health visiting and family nurse partnership in the northern localities", "148", "139"},
		{"School nursing", "96", "90"},
		{"Community paediatric therapies and the specialist feeding clinic", "61", "52"},
	})
	if tb.Pos().Page != 1 {
		t.Errorf("the table starts on page 1, got %+v", tb.Pos())
	}
	if p, ok := find(t, doc, "Supervision notes").(*model.Paragraph); !ok || p.Text != "Supervision notes are audited twice a year by the named nurse." {
		t.Errorf("the paragraph after the table changed: %#v", p)
	}
}

// TestWrappedTableOverThreePages: a 24-row table of wrapped course names
// runs from page 2 to page 4 with the header repeated on each page, cells
// running close to the next column ("Recognising neglect in Gullhaven") and
// the last row of page 3 cut by the break.
func TestWrappedTableOverThreePages(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	tb := tableRows(t, doc, "Places taken")
	topics := []string{"Recognising neglect in families living with poverty", "Working with parents who misuse alcohol or drugs", "Hearing the voice of the child in busy clinics", "Domestic abuse and its effect on younger children", "Online safety for teenagers and their carers", "Sharing information safely with partner agencies"}
	places := []string{"Gullhaven", "Kestrel Bay", "Marsh End", "Tollbridge"}
	taken := []string{"17", "24", "31", "15", "22", "29", "13", "20", "27", "11", "18", "25", "32", "16", "23", "30", "14", "21", "28", "12", "19", "26", "10", "17"}
	want := [][]string{{"Course title and main subject covered", "Locality", "Places taken"}}
	for r := range 4 {
		for i, topic := range topics {
			round := " (round " + string(rune('1'+r)) + ")"
			want = append(want, []string{topic + round, places[(i+r)%4], taken[6*r+i]})
		}
	}
	wantRows(t, tb, want)
	if tb.Pos().Page != 2 {
		t.Errorf("the table starts on page 2, got %+v", tb.Pos())
	}
}

// TestSameShapeTablesOnConsecutivePages: a table ends page 4 and another
// of the same columns starts page 5 with a header of its own: two tables.
func TestSameShapeTablesOnConsecutivePages(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	wantRows(t, tableRows(t, doc, "Gullhaven Coastal"), [][]string{
		{"Learning Modules", "Gullhaven Coastal Community Nursing Service", ""},
		{"Protecting Children Foundation", "640", "97%"},
		{"Protecting Children Intermediate", "385", "92%"},
	})
	wantRows(t, tableRows(t, doc, "Tollbridge Rural"), [][]string{
		{"Learning Modules", "Tollbridge Rural Community Nursing Service", ""},
		{"Protecting Children Foundation", "512", "94%"},
		{"Protecting Children Intermediate", "301", "89%"},
	})
}

// TestWrappedBlocksAroundTables: lists and paragraphs between the tables
// keep their own blocks, and no table text leaks out of its table.
func TestWrappedBlocksAroundTables(t *testing.T) {
	doc := extractFixture(t, "wrapped.pdf")
	var kinds []string
	for _, b := range doc.Blocks {
		kinds = append(kinds, string(b.Kind()))
	}
	want := "heading heading paragraph paragraph table paragraph list_item list_item heading table paragraph heading table heading paragraph table paragraph heading list_item list_item heading table table paragraph"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("blocks:\n got %s\nwant %s\n%s", got, want, model.Dump(doc))
	}
	if li, ok := find(t, doc, "night nursing service in").(*model.ListItem); !ok || li.Text != "the night nursing service in Kestrel Bay" {
		t.Errorf("list item: %#v", li)
	}
}

// TestWrappedKeepsEveryWord: against pdftotext, every word the PDF shows
// is read, and none more often than the PDF shows it (a repeated header row
// is shown on each page but read once, so fewer is allowed there).
func TestWrappedKeepsEveryWord(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "testdata/wrapped.pdf", "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	ref := map[string]int{}
	for _, w := range score.Words(string(out)) {
		ref[w]++
	}
	got := map[string]int{}
	for _, b := range extractFixture(t, "wrapped.pdf").Blocks {
		for _, w := range score.Words(b.PlainText()) {
			got[w]++
		}
	}
	for w := range ref {
		if got[w] == 0 {
			t.Errorf("%q is lost", w)
		}
	}
	for w, n := range got {
		if n > ref[w] {
			t.Errorf("%q read %d times, shown %d", w, n, ref[w])
		}
	}
}

// TestGriddedRowsFromRules: a full grid with no cell padding, so a wrapped
// cell's lines sit as far apart as the rows; the ruling lines tell the rows
// apart. The last row's second cell is underlined over four lines.
func TestGriddedRowsFromRules(t *testing.T) {
	doc := extractFixture(t, "gridded.pdf")
	wantRows(t, tableRows(t, doc, "Supervision skills"), [][]string{
		{"Course", "Who attends the course and why it matters", "Places", "Attended"},
		{"Safeguarding children and young people foundation", "Every new member of staff within their first month", "120", "114"},
		{"Working with families affected by domestic abuse", "Family support workers and the duty team", "40", "37"},
		{"Supervision skills", "Team leaders", "12", "12"},
		{"Recognising exploitation outside the home", "Youth workers, the outreach team and volunteers who run evening groups", "60", "51"},
	})
	wantRows(t, tableRows(t, doc, "upper valley"), [][]string{
		{"Parish", "Contacts from families", "Referrals made to children's services"},
		{"Reedham Magna and the villages of the upper valley", "212", "31"},
		{"Fleetwick", "148", "22"},
	})
	// The heading just above the second table is no row of it.
	if h, ok := find(t, doc, "Contacts by parish").(*model.Heading); !ok || h.Text != "Contacts by parish" {
		t.Errorf("the heading above the table: %#v", h)
	}
	if p, ok := find(t, doc, "summer months").(*model.Paragraph); !ok || p.Text != "Attendance was lower in the summer months." {
		t.Errorf("the paragraph after the table: %#v", p)
	}
}

// TestCentredCells: no borders, padded rows, every cell centred vertically,
// so a short cell sits half a line off the lines of the long one beside it
// and rows are further apart than a paragraph's lines.
func TestCentredCells(t *testing.T) {
	doc := extractFixture(t, "gridded.pdf")
	wantRows(t, tableRows(t, doc, "six weeks"), [][]string{
		{"Service", "Families waiting", "Longest wait"},
		{"Early help family key workers", "14", "six weeks"},
		{"Parenting groups in Fleetwick", "9", "three weeks"},
		{"Counselling for young carers and their brothers and sisters", "21", "ten weeks"},
	})
	if p, ok := find(t, doc, "reviewed every month").(*model.Paragraph); !ok || p.Text != "Waiting lists are reviewed every month." {
		t.Errorf("the paragraph after the table: %#v", p)
	}
}
