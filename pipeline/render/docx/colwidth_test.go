package docx

import (
	"strings"
	"testing"
)

func TestColumnsFromTheirText(t *testing.T) {
	rows := [][]string{
		{"Agency", "Course", "Figure", "Under target"},
		{"Riverside Community Health Trust", "Safeguarding Children Level 3", "87%", "yes"},
	}
	c := layoutColumns(rows, true, smallSize)
	if !c.fits || sum(c.widths) != textWidth {
		t.Fatalf("widths %v (sum %d, fits %v): want the page width, %d", c.widths, sum(c.widths), c.fits, textWidth)
	}
	for j := range rows[0] {
		for i, r := range rows {
			for _, w := range strings.Fields(r[j]) {
				if need := twipsOf(w, smallSize, i == 0) + cellPadding; c.widths[j] < need {
					t.Errorf("column %d is %d twips, narrower than %q (%d)", j, c.widths[j], w, need)
				}
			}
		}
	}
	if c.widths[0] <= c.widths[2] {
		t.Errorf("the agency column (%d) should be wider than the figure column (%d)", c.widths[0], c.widths[2])
	}
}

func TestColumnsTooWideShrinkToThePage(t *testing.T) {
	row := []string{}
	for range 12 {
		row = append(row, "Safeguarding")
	}
	c := layoutColumns([][]string{row}, false, normalSize)
	if c.fits || sum(c.widths) != textWidth {
		t.Errorf("12 long words: fits %v, sum %d; want false and %d", c.fits, sum(c.widths), textWidth)
	}
	if tb := (table{Rows: [][]string{row[:6]}}); true {
		if _, size, indent := tb.columns(); size != smallSize || indent != 0 {
			t.Error("6 long words fit at 9 pt, not at 11 pt: the table should be set small")
		}
	}
	tb := table{Rows: [][]string{row[:7]}}
	if w, size, indent := tb.columns(); size != smallestSize || indent != outdent || sum(w) != textWidth+2*outdent {
		t.Errorf("7 long words: size %d, indent %d, width %d; want 8 pt reaching into the margins", size, indent, sum(w))
	}
	if got := layoutColumns(nil, false, normalSize); got.widths != nil {
		t.Errorf("widths for a table without rows: %v", got.widths)
	}
}

func TestTextWidthEstimate(t *testing.T) {
	// "Inspection" is 4.558 em in Arial and 5.166 em in DejaVu Sans; at
	// 11 pt that is 1003 and 1137 twips. The estimate covers both, with a
	// little to spare; wide letters cost more than narrow ones.
	if got := twipsOf("Inspection", normalSize, false); got < 1137 || got > 1250 {
		t.Errorf("Inspection at 11 pt: %d twips, want 1137 or a little more", got)
	}
	if twipsOf("WWWW", normalSize, false) <= twipsOf("iiii", normalSize, false)*3 {
		t.Error("W should be far wider than i")
	}
	if twipsOf("Agency", normalSize, true) <= twipsOf("Agency", normalSize, false) {
		t.Error("bold should be wider")
	}
}
