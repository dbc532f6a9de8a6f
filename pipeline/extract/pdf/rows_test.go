package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A grid that rules a line only under every third row (bands of areas, as
// statistics tables do) still gives one row per line of figures.
func TestBandedGridRows(t *testing.T) {
	rows := [][]string{
		{"Area", "Referrals", "Assessments", "Plans"},
		{"Northfield", "120", "96", "14"}, {"Eastgate", "85", "70", "9"}, {"Southmoor", "64", "51", "6"},
		{"Westbury", "102", "88", "12"}, {"Highcross", "77", "60", "8"}, {"Lowbridge", "59", "41", "5"},
	}
	xs := []int{72, 200, 300, 400}
	var b strings.Builder
	for i, r := range rows {
		for j, cell := range r {
			b.WriteString(textAt(xs[j]+4, 700-16*i, cell))
		}
	}
	// Vertical rules in every column gap and round the table; horizontal
	// rules at the top, under the header and under every third row.
	for _, x := range []int{70, 198, 298, 398, 480} {
		fmt.Fprintf(&b, "%d 590 m %d 716 l S\n", x, x)
	}
	for _, y := range []int{716, 696, 648, 600} {
		fmt.Fprintf(&b, "70 %d m 480 %d l S\n", y, y)
	}
	doc := extractBytes(t, textPDF("", b.String()))
	tb, ok := find(t, doc, "Referrals").(*model.Table)
	if !ok || len(tb.Rows) != len(rows) {
		t.Fatalf("want a %d-row table, got\n%s", len(rows), model.Dump(doc))
	}
	for i, r := range rows {
		if got := strings.Join(tb.Rows[i], "|"); got != strings.Join(r, "|") {
			t.Errorf("row %d: got %q, want %q", i, got, strings.Join(r, "|"))
		}
	}
}

// Rows of figures set as close as a wrapped cell's lines would be, with a
// total row set further off: each line fills the row, so each is a row
// (the widest gap is no longer the only row break).
func TestTightRowsOfFigures(t *testing.T) {
	rows := [][]string{
		{"Area", "Referrals", "Assessments", "Plans"},
		{"Northfield", "120", "96", "14"}, {"Eastgate", "85", "70", "9"}, {"Southmoor", "64", "51", "6"},
		{"Total", "269", "217", "29"},
	}
	xs := []int{72, 200, 300, 400}
	var b strings.Builder
	for i, r := range rows {
		y := 700 - 14*i
		if i == len(rows)-1 {
			y -= 8 // the total stands apart
		}
		for j, cell := range r {
			b.WriteString(textAt(xs[j], y, cell))
		}
	}
	doc := extractBytes(t, textPDF("", b.String()))
	tb, ok := find(t, doc, "Referrals").(*model.Table)
	if !ok || len(tb.Rows) != len(rows) || strings.Join(tb.Rows[2], "|") != "Eastgate|85|70|9" {
		t.Errorf("want a %d-row table, got\n%s", len(rows), model.Dump(doc))
	}
}
