package pdf

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// find returns the first block whose text contains s, or fails.
func find(t *testing.T, doc *model.Document, s string) model.Block {
	t.Helper()
	for _, b := range doc.Blocks {
		if strings.Contains(b.PlainText(), s) {
			return b
		}
	}
	t.Fatalf("no block holds %q", s)
	return nil
}

func TestStructure(t *testing.T) {
	doc := extractFixture(t, "statement.pdf")
	for i, b := range doc.Blocks {
		if b.Pos().Index != i || b.Pos().Page != 1 {
			t.Errorf("block %d has position %+v", i, b.Pos())
		}
	}
	if h, ok := find(t, doc, "Riverside Community Health Trust").(*model.Heading); !ok || h.Level != 1 || h.Candidate {
		t.Errorf("title: want a level 1 heading, got %#v", h)
	}
	if h, ok := find(t, doc, "Agency Context").(*model.Heading); !ok || h.Level != 2 {
		t.Errorf("section: want a level 2 heading, got %#v", h)
	}
	if h, ok := find(t, doc, "Safeguarding governance").(*model.Heading); !ok || !h.Candidate || h.Level != 0 {
		t.Errorf("bold lead line: want a candidate heading, got %#v", h)
	}
	if li, ok := find(t, doc, "Level 1 safeguarding awareness").(*model.ListItem); !ok || li.Depth != 0 || li.Ordered || li.Text != "Level 1 safeguarding awareness for all new starters" {
		t.Errorf("bullet: got %#v", li)
	}
	if li, ok := find(t, doc, "refreshed every three years").(*model.ListItem); !ok || li.Depth != 1 {
		t.Errorf("nested bullet: got %#v", li)
	}
	if li, ok := find(t, doc, "Strengthen supervision").(*model.ListItem); !ok || !li.Ordered || strings.HasPrefix(li.Text, "2") {
		t.Errorf("numbered item: got %#v", li)
	}
	tb, ok := find(t, doc, "Trained").(*model.Table)
	want := [][]string{{"Course", "Target", "Trained", "Rate"}, {"Level 1", "420", "401", "95%"}, {"Level 2", "310", "288", "93%"}, {"Level 3", "96", "81", "84%"}}
	if !ok || len(tb.Rows) != len(want) || strings.Join(tb.Rows[2], "|") != strings.Join(want[2], "|") || strings.Join(tb.Rows[0], "|") != strings.Join(want[0], "|") {
		t.Errorf("table: got %#v", tb)
	}
}

func TestPagesFurnitureAndJoins(t *testing.T) {
	doc := extractFixture(t, "multipage.pdf")
	for _, b := range doc.Blocks {
		text := b.PlainText()
		if strings.Contains(text, "annual statement") || regexp.MustCompile(`^\d+$`).MatchString(text) {
			t.Errorf("running header or page number kept: %q", text)
		}
	}
	// Page 1 ends "... when parents"; page 2 starts "collect their children."
	p := find(t, doc, "when parents collect their children.")
	if p.Pos().Page != 1 {
		t.Errorf("the paragraph broken by the page break should start on page 1, got %+v", p.Pos())
	}
	if _, ok := p.(*model.Paragraph); !ok {
		t.Errorf("want a paragraph, got %#v", p)
	}
	// "safe-" ends a line: the hyphen is the PDF's text, so it stays.
	find(t, doc, "Our new approach to safe-guarding training was welcomed")
	// A centred paragraph: its lines start at different places.
	find(t, doc, "Approved by the Harbourside trustees in March for publication with the annual report of the Eastmere and Saltby board.")
	// A list with hanging indents and no spacing, then a paragraph at once.
	if li, ok := find(t, doc, "Recruit four more volunteers").(*model.ListItem); !ok || !strings.HasSuffix(li.Text, "the villages around it.") {
		t.Errorf("a wrapped item should be one list item, got %#v", li)
	}
	if p, ok := find(t, doc, "Both aims were agreed.").(*model.Paragraph); !ok || p.Text != "Both aims were agreed." {
		t.Errorf("the short line after the list is its own paragraph, got %#v", p)
	}
	// A table broken by the page break from page 4 to 5 is one table.
	tb, ok := find(t, doc, "Quarter\tFamilies\tVisits").(*model.Table)
	if !ok || len(tb.Rows) != 31 || tb.Pos().Page != 4 || strings.Join(tb.Rows[30], "|") != "Week 30|100|235" {
		t.Errorf("want one 31-row table from page 4, got %#v", tb)
	}
	last := doc.Blocks[len(doc.Blocks)-1]
	if last.Pos().Page != 5 {
		t.Errorf("last block should be on page 5, got %+v", last.Pos())
	}
}

func TestKerningSpacedWords(t *testing.T) {
	doc := extractFixture(t, "kerning.pdf")
	find(t, doc, "Millbrook Youth Outreach Team works with schools")
	find(t, doc, " Saltby")
}

// TestAgreesWithPdftotext checks, word by word, that every word we read is
// one pdftotext reads, in the same order (no stray glyph, no lost space),
// and that we miss nothing but the page furniture.
func TestAgreesWithPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, name := range []string{"statement.pdf", "multipage.pdf", "kerning.pdf", "form-xobject.pdf"} {
		t.Run(name, func(t *testing.T) {
			out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "testdata/"+name, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			ref := score.Words(string(out)) // line-end hyphens kept, as we keep them
			var got []string
			for _, b := range extractFixture(t, name).Blocks {
				got = append(got, score.Words(b.PlainText())...)
			}
			common := score.Common(got, ref)
			if common != len(got) {
				t.Errorf("%d of our %d words are not in pdftotext's text in order", len(got)-common, len(got))
			}
			if recall := float64(common) / float64(len(ref)); recall < 0.95 {
				t.Errorf("we read only %.3f of pdftotext's words", recall)
			}
		})
	}
}

func TestFormXObjectText(t *testing.T) {
	doc := extractFixture(t, "form-xobject.pdf")
	if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != "Coastal Youth Trust keeps text in a form." {
		t.Fatalf("want the form's one line, got %s", model.Dump(doc))
	}
}

// TestDamagedPageIsAWarning: page 2's stream breaks off after its text; the
// text read before the damage is kept, and the Document says so. Page 3's
// breaks off before any text: it is lost, with a warning, and the rest kept.
func TestDamagedPageIsAWarning(t *testing.T) {
	doc := extractFixture(t, "bad-page.pdf")
	if len(doc.Blocks) != 2 || doc.Blocks[1].PlainText() != "Page two is damaged." || doc.Blocks[1].Pos().Page != 2 {
		t.Errorf("want both pages' text, got %s", model.Dump(doc))
	}
	if len(doc.Warnings) != 2 || !strings.Contains(doc.Warnings[0], "page 2 could be read only in part") ||
		!strings.Contains(doc.Warnings[1], "page 3 could not be read") {
		t.Errorf("want warnings naming pages 2 and 3, got %q", doc.Warnings)
	}
}
