package officepdf

import (
	"bytes"
	"context"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
)

// smallReport is a fictional report of n statements, each with a table.
func smallReport(n int) *model.Report {
	r := &model.Report{Meta: model.ReportMeta{Board: "Millbrook LSCB", Title: "Annual Report", Period: "2025-26",
		GeneratedAt: time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC), StatementsNumber: "7", StatementsTitle: "Partner Agency Annual Statements"}}
	for i := range n {
		doc := &model.Document{Source: model.Source{Path: "agency.docx", Format: model.FormatDOCX}}
		var blocks []model.Block
		for j := range 6 {
			blocks = append(blocks, &model.Paragraph{Position: model.Position{Index: j}, Text: strings.Repeat("The agency trained staff in recognising neglect and exploitation this year. ", 6)})
		}
		blocks = append(blocks, &model.Table{Position: model.Position{Index: 6}, Rows: [][]string{{"Course", "Staff"}, {"Neglect", "380"}, {"Exploitation", "120"}}})
		doc.Blocks = blocks
		st := &model.Statement{Agency: "Agency " + string(rune('A'+i)), AgencyKnown: true, Number: "7." + strings.TrimLeft(string(rune('0'+i/10))+string(rune('0'+i%10)), "0"), Documents: []*model.Document{doc}}
		for _, b := range blocks {
			st.Placements = append(st.Placements, model.Placement{Block: b, Section: model.SectionActivity, Confidence: 0.95})
		}
		r.Statements = append(r.Statements, st)
	}
	return r
}

func finalDOCX(t testing.TB, r *model.Report) ([]byte, []string) {
	t.Helper()
	rd := docx.New(docx.Options{Final: true})
	var buf bytes.Buffer
	if err := rd.Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	lines, err := rd.Contents(r)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), lines
}

func needOffice(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
}

// countStarts counts LibreOffice's starts while the test runs.
func countStarts(t testing.TB) *int {
	n := new(int)
	office.Started = func() { *n++ }
	t.Cleanup(func() { office.Started = nil })
	return n
}

// TestPublishOneStart: one start, with a new profile and with the kept
// one, gives a tagged PDF and the contents' page numbers.
func TestPublishOneStart(t *testing.T) {
	needOffice(t)
	doc, lines := finalDOCX(t, smallReport(6))
	starts := countStarts(t)
	profile := t.TempDir()
	for round := range 2 {
		pdf, pages, err := Publish(context.Background(), doc, lines, SessionOptions{Profile: profile})
		if err != nil {
			t.Fatal(err)
		}
		if *starts != round+1 {
			t.Fatalf("round %d: LibreOffice started %d times in all, want %d", round, *starts, round+1)
		}
		if !bytes.Contains(pdf, []byte("/StructTreeRoot")) || !bytes.Contains(pdf, []byte("/MarkInfo")) {
			t.Error("the PDF is not tagged")
		}
		if _, err := exec.LookPath("pdftotext"); err == nil {
			if len(pages) != len(lines) || slices.Contains(pages, 0) || !slices.IsSorted(pages) || pages[0] < 2 {
				t.Errorf("contents pages %v for %q", pages, lines)
			}
		}
	}
}

func TestTocPages(t *testing.T) {
	text := "Contents\n7 Partner Agency Annual Statements..........3\n7.1 Riverside Community Health\nTrust.............................4\n\f2\nAnnual Report\n7 Partner Agency Annual Statements\n"
	got := tocPages(strings.Split(text, "\n"), []string{"7 Partner Agency Annual Statements", "7.1 Riverside Community Health Trust"})
	if !slices.Equal(got, []int{3, 4}) {
		t.Errorf("pages %v, want [3 4]", got)
	}
	if got := tocPages(strings.Split(text, "\n"), []string{"Something else", "7.1 Riverside Community Health Trust"}); got != nil {
		t.Errorf("lines that do not match gave %v, want none", got)
	}
}
