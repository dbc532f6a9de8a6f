package docx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// onePixelPNG is a real 1×1 PNG.
var onePixelPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")

// outlined is the awaited-agency report inside a whole-report outline: a
// chapter with a picture without alternative text, a footnote, a link and
// two lists, an awaited chapter, the key placed first, a table with totals.
func outlined() *model.Report {
	r := withAwaited()
	pic := &model.Picture{Data: onePixelPNG, ContentType: "image/png", Name: "Diagram 2"}
	chapter := &model.Document{Blocks: []model.Block{
		&model.Heading{Level: 1, Text: "Learning from Reviews"},
		&model.Paragraph{Text: "See the panel.", Spans: []model.Span{{Text: "See "}, {Text: "the panel", Link: "https://panel.example.org/"},
			{Text: "."}, {Footnote: "An invented panel."}}},
		&model.ListItem{Text: "First", Ordered: true, List: "a"},
		&model.ListItem{Text: "Second", Ordered: true, List: "a"},
		&model.Paragraph{Text: "Between the lists."},
		&model.ListItem{Text: "Third", Ordered: true, List: "a"},
		&model.ListItem{Text: "Again", Ordered: true, List: "b", Start: 1},
		&model.Paragraph{Spans: []model.Span{{Picture: pic}}},
	}}
	r.Parts = []model.Part{
		{Kind: model.PartKey, Title: "Key"},
		{Kind: model.PartChapter, Number: "1", Title: "Introduction", File: "intro.md", Owner: "Independent Chair", Deadline: "2026-05-15"},
		{Kind: model.PartStatements, Number: "7", Title: "Partner Agency Annual Statements"},
		{Kind: model.PartChapter, Number: "8", Title: "Learning from Reviews", File: "reviews.docx", Document: chapter},
		{Kind: model.PartTable, Number: "9", Title: "Financial Report", File: "finance.csv", Table: &model.DataTable{
			Header: []string{"Partner", "Contribution"}, Rows: [][]string{{"Council", "£10.00"}, {"Police", "£5.50"}},
			Totals: []string{"Total", "£15.50"}}},
	}
	return r
}

func TestWholeReportParts(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, outlined()); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	body, _ := testutil.ZipPart(t, data, "word/document.xml")
	doc := string(body)
	order := []string{">Key<", ">1 Introduction<", "This chapter is awaited (from Independent Chair, due 2026-05-15).",
		">7 Partner Agency Annual Statements<", ">7.1 Riverside Community Health Trust<",
		">8 Learning from Reviews<", ">the panel<", "<w:footnoteReference", ">First<", ">Second<", ">Between the lists.<", ">Third<", ">Again<",
		`descr=""`, ">9 Financial Report<", ">£15.50<"}
	at := 0
	for _, want := range order {
		i := strings.Index(doc[at:], want)
		if i < 0 {
			t.Fatalf("%q not found after the text before it", want)
		}
		at += i + len(want)
	}
	if strings.Count(doc, ">Learning from Reviews<") != 0 {
		t.Error("the chapter's title is printed again under its part heading")
	}
	if strings.Count(doc, ">"+layout.KeyProgress+"<") != 1 {
		t.Error("the key should appear once, where the outline puts it")
	}
	// First, Second and Third share one numbering; Again has its own.
	nums := map[string]string{}
	for _, item := range []string{"First", "Second", "Third", "Again"} {
		i := strings.Index(doc, ">"+item+"<")
		j := strings.LastIndex(doc[:i], `<w:numId w:val="`)
		nums[item] = doc[j+16 : j+16+strings.Index(doc[j+16:], `"`)]
	}
	if nums["First"] != nums["Second"] || nums["Second"] != nums["Third"] || nums["Again"] == nums["First"] {
		t.Errorf("list numbering %v: one list carries on past the paragraph, the other restarts", nums)
	}
	comments, _ := testutil.ZipPart(t, data, "word/comments.xml")
	if !strings.Contains(string(comments), PictureNoAlt+" (Diagram 2)") {
		t.Errorf("no comment on the picture without alternative text:\n%s", comments)
	}
	notes, ok := testutil.ZipPart(t, data, "word/footnotes.xml")
	if !ok || !strings.Contains(string(notes), "An invented panel.") {
		t.Errorf("footnotes.xml %q", notes)
	}
	rels, _ := testutil.ZipPart(t, data, "word/_rels/document.xml.rels")
	if !strings.Contains(string(rels), `Target="https://panel.example.org/" TargetMode="External"`) || !strings.Contains(string(rels), `Id="rIdImage1"`) {
		t.Errorf("relationships %s", rels)
	}
	if _, ok := testutil.ZipPart(t, data, "word/media/image1.png"); !ok {
		t.Error("the picture is not in the package")
	}
	cts, _ := testutil.ZipPart(t, data, "[Content_Types].xml")
	if !strings.Contains(string(cts), `PartName="/word/media/image1.png" ContentType="image/png"`) {
		t.Errorf("content types %s", cts)
	}
}

// The contents follow the outline: each part, its chapter's headings and
// its agencies, before the reviewers' appendices.
func TestWholeReportContents(t *testing.T) {
	lines, err := New(Options{}).Contents(outlined())
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lines, "|")
	want := "1 Introduction|7 Partner Agency Annual Statements|7.1 Riverside Community Health Trust|7.2 Westmoor Borough Police|7.3 Harbour Fire and Rescue Service|8 Learning from Reviews|9 Financial Report"
	if !strings.HasPrefix(got, want) {
		t.Errorf("contents\n got %s\nwant %s...", got, want)
	}
}
