package pdf

import (
	"os"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement set in two columns by LibreOffice (testdata/make.sh): its
// title wrapped over two lines, the same words opening the first
// paragraph, and a table in the right column. The title is one heading,
// the paragraph keeps its first words (a bookmark names one heading, not
// every line with its text), and the table is whole, read in its column.
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
	rows := make([]string, len(tb.Rows))
	for i, r := range tb.Rows {
		rows[i] = strings.Join(r, "|")
	}
	wantRows := "Course|Trained;Level 1 awareness|1150 of 1210;Level 2 core|790 of 860;Level 3 specialist|206 of 240;Named professional|4 of 4"
	if got := strings.Join(rows, ";"); got != wantRows {
		t.Errorf("table rows %q, want %q", got, wantRows)
	}
}
