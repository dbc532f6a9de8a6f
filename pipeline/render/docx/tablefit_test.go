package docx

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/docxtext"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// wideTables adds to r an agency table with a narrow figure column and one
// of many columns of long words, and training rows, the shapes that used
// to wrap "95 / %" and "Insp/ectio/n" one letter per line.
func wideTables(r *model.Report) {
	st := r.Statements[0]
	doc := st.Documents[0]
	for _, rows := range [][][]string{
		{{"Measure", "Target", "Achieved", "%"},
			{"Safeguarding supervision sessions offered to every health visitor and school nurse in the year", "400", "380", "95%"}},
		{{"Organisation", "Inspection", "Safeguarding", "Development", "Supervision", "Compliance", "Partnership"},
			{"Northvale", "Outstanding", "Established", "Continuing", "Quarterly", "Achieved", "Strengthened"}},
	} {
		tb := &model.Table{Rows: rows}
		model.SetIndex(tb, len(doc.Blocks))
		doc.Blocks = append(doc.Blocks, tb)
		st.Placements = append(st.Placements, model.Placement{Block: tb, Section: model.SectionActivity, Confidence: 1, Mapper: "rules"})
	}
	a := r.Analysis
	for _, c := range []string{"Safeguarding Children Level 1", "Safeguarding Children Level 2", "WRAP"} {
		a.Training = append(a.Training, model.TrainingFigure{Agency: st.Agency, Course: c, Group: "Compliance",
			Percent: 87, Text: "87%", BelowTarget: true, From: "table"})
	}
}

// tableWords are the words of every table the draft holds, split after a
// hyphen or slash (where a line may break without breaking a word).
func tableWords(r *model.Report) []string {
	var cells []string
	for _, s := range r.Statements {
		for _, p := range s.Placements {
			if tb, ok := p.Block.(*model.Table); ok {
				for _, row := range tb.Rows {
					cells = append(cells, row...)
				}
			}
		}
	}
	for _, p := range layout.Analysis(r) {
		for _, row := range p.Table {
			cells = append(cells, row...)
		}
	}
	return words(strings.Join(cells, " "))
}

func words(s string) []string {
	s = strings.NewReplacer("-", "- ", "/", "/ ").Replace(s)
	return strings.Fields(s)
}

func counts(ws []string) map[string]int {
	n := map[string]int{}
	for _, w := range ws {
		n[w]++
	}
	return n
}

// TestLibreOfficeKeepsTableWordsWhole renders the draft with LibreOffice
// and checks that no table column is narrower than its longest word: each
// word of every table must come out of the PDF whole as often as the draft
// holds it. A word broken inside its letters comes out in pieces
// ("Insp", "ectio", "n") and is missing from the count.
func TestLibreOfficeKeepsTableWordsWhole(t *testing.T) {
	r := fixture.Small()
	wideTables(r)
	data := render(t, r)
	text := pdfText(t, data)
	blocks, err := docxtext.Blocks(unzip(t, data)["word/document.xml"])
	if err != nil {
		t.Fatal(err)
	}
	inDraft, inPDF := counts(words(strings.Join(blocks, " "))), counts(words(text))
	checked := 0
	for w := range counts(tableWords(r)) {
		if len([]rune(w)) < 2 {
			continue
		}
		checked++
		if inPDF[w] < inDraft[w] {
			t.Errorf("%q is whole %d time(s) in the PDF, but the draft holds it %d time(s): a column is narrower than it", w, inPDF[w], inDraft[w])
		}
	}
	if checked < 40 {
		t.Fatalf("only %d table words checked: the fixture lost its tables", checked)
	}
}
