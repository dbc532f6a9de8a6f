package pdf

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// column draws lines top-down from (x, y) at 14-point spacing.
func column(x, y int, lines ...string) string {
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(textAt(x, y-14*i, l))
	}
	return b.String()
}

var (
	leftColumn = []string{
		"The partnership met six times this year",
		"and every member agency sent a senior",
		"officer to each meeting of the board.",
		"",
		"Training reached most frontline staff",
		"in the first half of the year, and the",
		"refresher course was offered again in",
	}
	rightColumn = []string{
		"the spring to those who had missed it.",
		"Nine in ten staff have now completed it.",
		"",
		"Audits of case files showed that most",
		"referrals were made on the same day as",
		"the concern arose, which the board sees",
		"as a sign that the new pathway works.",
	}
)

// A page set in two columns is read column by column: each paragraph
// whole, the left column before the right, and a paragraph that runs from
// the foot of the left column to the head of the right one kept as one.
func TestTwoColumnsReadColumnByColumn(t *testing.T) {
	content := "BT /F1 18 Tf 72 740 Td (Annual statement of the partnership) Tj ET\n" +
		column(72, 700, leftColumn...) + column(320, 700, rightColumn...)
	doc := extractBytes(t, textPDF("", content))
	want := []string{
		"Annual statement of the partnership",
		"The partnership met six times this year and every member agency sent a senior officer to each meeting of the board.",
		"Training reached most frontline staff in the first half of the year, and the refresher course was offered again in the spring to those who had missed it. Nine in ten staff have now completed it.",
		"Audits of case files showed that most referrals were made on the same day as the concern arose, which the board sees as a sign that the new pathway works.",
	}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d:\n%s", len(doc.Blocks), len(want), model.Dump(doc))
	}
	for i, w := range want {
		if doc.Blocks[i].PlainText() != w {
			t.Errorf("block %d: got %q, want %q", i, doc.Blocks[i].PlainText(), w)
		}
	}
}

// A table of short cells has gutters between its columns too, but it is
// no text set in columns: it stays a table.
func TestTableIsNotTwoColumns(t *testing.T) {
	var rows []string
	var right []string
	for _, r := range [][2]string{{"Team", "Staff trained"}, {"North", "41"}, {"South", "38"}, {"East", "52"},
		{"West", "29"}, {"Central", "60"}, {"Rural", "17"}, {"Coastal", "22"}} {
		rows = append(rows, r[0])
		right = append(right, r[1])
	}
	doc := extractBytes(t, textPDF("", column(72, 700, rows...)+column(320, 700, right...)))
	tb, ok := find(t, doc, "Staff trained").(*model.Table)
	if !ok || len(tb.Rows) != 8 || strings.Join(tb.Rows[3], "|") != "East|52" {
		t.Errorf("want an 8-row table, got\n%s", model.Dump(doc))
	}
}

// A title wrapped in the left column shares its baselines' bands with the
// right column's lines, which sit a few points off; each part keeps its
// own baseline and size, so the title's two lines read as one heading.
func TestTitleBesideColumn(t *testing.T) {
	title := "BT /F1 16 Tf 72 700 Td (Riverside Community) Tj ET\nBT /F1 16 Tf 72 681 Td (Health Trust) Tj ET\n"
	left := column(72, 650, "The trust provides community health care",
		"to families across the three boroughs,", "and its safeguarding team supports every",
		"service with advice, training and regular", "supervision for frontline staff.")
	var right strings.Builder
	for i, l := range []string{"Referrals rose again this year, most of",
		"them from schools and health visitors,", "and the team answered each one within",
		"a day. The board reviewed the figures", "at every meeting and asked for a fuller",
		"report on neglect, which is attached."} {
		right.WriteString(textAt(320, 704-15*i, l))
	}
	doc := extractBytes(t, textPDF("", title+left+right.String()))
	h, ok := doc.Blocks[0].(*model.Heading)
	if !ok || h.Text != "Riverside Community Health Trust" || len(doc.Blocks) != 3 {
		t.Errorf("want the title as one heading, got\n%s", model.Dump(doc))
	}
}

// A page in three columns (a gazette, a newsletter) is read column by
// column too: the first gutter splits off one column, and the other side
// is split at its own.
func TestThreeColumns(t *testing.T) {
	cols := [3][]string{
		{"The first column opens", "the statement with news", "of the board's year and", "the work of its three", "subgroups, each of which", "met four times."},
		{"The second column turns", "to training, which most", "staff completed before", "the spring audit, and", "to supervision, offered", "to every team."},
		{"The third column closes", "with the plans for next", "year: a new escalation", "policy, a review of the", "front door and a survey", "of families."},
	}
	var b strings.Builder
	for i, c := range cols {
		b.WriteString(column(50+180*i, 700, c...))
	}
	doc := extractBytes(t, textPDF("", b.String()))
	if len(doc.Blocks) != 3 {
		t.Fatalf("want three paragraphs, got\n%s", model.Dump(doc))
	}
	for i, c := range cols {
		if want := strings.Join(c, " "); doc.Blocks[i].PlainText() != want {
			t.Errorf("column %d: got %q, want %q", i+1, doc.Blocks[i].PlainText(), want)
		}
	}
}
