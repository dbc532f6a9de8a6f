package tracker

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The outline's chapters and tables get status rows, and the owners of
// those not yet usable get a chase draft naming only their own chapter.
func TestChapterRowsAndChases(t *testing.T) {
	res := &pipeline.Result{Report: &model.Report{Parts: []model.Part{
		{Kind: model.PartChapter, Number: "1", Title: "Introduction from the Chair", File: "intro.md", Owner: "Independent Chair",
			Contact: "chair@riverside-lscb.example.org", Document: &model.Document{}},
		{Kind: model.PartChapter, Number: "2", Title: "Executive Summary", File: "summary.docx", Owner: "Business Manager",
			Contact: "bm@riverside-lscb.example.org", Deadline: "2026-05-15"},
		{Kind: model.PartStatements, Number: "7", Title: "Partner Agency Annual Statements"},
		{Kind: model.PartTable, Number: "9", Title: "Financial Report", File: "finance.xlsx", Owner: "Finance Officer",
			Problem: "the workbook could not be opened"},
		{Kind: model.PartAppendix, Number: "A", Title: "Glossary", File: "glossary.md", Document: &model.Document{}},
	}}}
	tr := Build(res, optionsOf(testConfig()), at)
	var states []string
	for _, r := range tr.Chapters {
		states = append(states, r.heading()+"="+string(r.State))
	}
	want := "1 Introduction from the Chair=received|2 Executive Summary=missing|9 Financial Report=needs_attention|Appendix A Glossary=received"
	if got := strings.Join(states, "|"); got != want {
		t.Errorf("rows\n got %s\nwant %s", got, want)
	}
	var buf bytes.Buffer
	if err := tr.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"2 Executive Summary", "awaited", "Business Manager", "2026-05-15", "finance.xlsx: the workbook could not be opened"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("status text lacks %q:\n%s", s, buf.String())
		}
	}
	var chapterChases []Chase
	for _, c := range tr.Chases(at) {
		if strings.Contains(c.Subject, "chapter") || strings.Contains(c.Subject, "table") {
			chapterChases = append(chapterChases, c)
		}
	}
	if len(chapterChases) != 2 {
		t.Fatalf("chapter chases %+v", chapterChases)
	}
	summary := chapterChases[0]
	if summary.To != "bm@riverside-lscb.example.org" || !strings.Contains(summary.Body, `your chapter, "Executive Summary"`) ||
		!strings.Contains(summary.Body, "The deadline is 15 May 2026.") || strings.Contains(summary.Body, "Introduction") {
		t.Errorf("summary chase %+v", summary)
	}
	if !strings.Contains(chapterChases[1].Body, `Your table, "Financial Report", could not be used: the workbook could not be opened.`) {
		t.Errorf("finance chase %q", chapterChases[1].Body)
	}
}
