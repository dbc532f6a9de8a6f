package pdf

import (
	"os"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement set in two columns by LibreOffice (testdata/make.sh): its
// title wrapped over two lines, the same words opening the first
// paragraph, and a long table filling the right column below the end of a
// paragraph carried over from the left. The title is one heading, the
// paragraph keeps its first words (a bookmark names one heading, not
// every line with its text), the page is read column by column (not as
// one table of the two columns' lines, which lost every heading of the
// page), and the table is whole, read in its column.
func TestTwoColumnStatementFromLibreOffice(t *testing.T) {
	data, err := os.ReadFile("testdata/twocolumn.pdf")
	if err != nil {
		t.Fatal(err)
	}
	doc := extractBytes(t, data)
	var headings []string
	for _, b := range doc.Blocks {
		if h, ok := b.(*model.Heading); ok {
			headings = append(headings, h.Text)
		}
	}
	want := []string{"Ashcombe Community Health Trust", "Agency Context", "Safeguarding Children Activity",
		"Outcomes and Impact", "Key Successes", "Key Areas for Development"}
	if strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q\n%s", headings, want, model.Dump(doc))
	}
	first := "Ashcombe Community Health Trust provides community nursing, school nursing and health visiting"
	if p := find(t, doc, "provides community nursing"); !strings.HasPrefix(p.PlainText(), first) {
		t.Errorf("the first paragraph lost its opening words: %q", p.PlainText())
	}
	tb, ok := find(t, doc, "Level 2 core").(*model.Table)
	if !ok {
		t.Fatalf("the training table is not a table:\n%s", model.Dump(doc))
	}
	if len(tb.Rows) != 25 {
		t.Fatalf("the table has %d rows, want 25 (a header and 24 courses):\n%s", len(tb.Rows), model.Dump(doc))
	}
	for i, want := range map[int]string{0: "Course|Trained", 1: "Level 1 awareness|1150 of 1210", 24: "Parental mental health|76 of 120"} {
		if got := strings.Join(tb.Rows[i], "|"); got != want {
			t.Errorf("table row %d is %q, want %q", i, got, want)
		}
	}
	if p := find(t, doc, "Training figures for the year"); !strings.HasPrefix(p.PlainText(), "The trust also joined") {
		t.Errorf("the paragraph that runs from the left column into the right one is broken: %q", p.PlainText())
	}
}
