package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestTaggedChromePDF labels a browser-printed statement by its structure
// tree: every tagged list item is a list item (with its depth and
// numbering) though the browser draws its bullet as a shape, the table that
// runs over a page break is one table with its repeated header row read
// once, and the headings keep their tagged levels.
func TestTaggedChromePDF(t *testing.T) {
	doc := extractFixture(t, "tagged-chrome.pdf")
	var items, tables []model.Block
	for _, b := range doc.Blocks {
		switch b.(type) {
		case *model.ListItem:
			items = append(items, b)
		case *model.Table:
			tables = append(tables, b)
		}
	}
	if len(items) != 14 {
		t.Errorf("want the 14 tagged list items, got %d:\n%s", len(items), model.Dump(doc))
	}
	if li, ok := find(t, doc, "within their first month").(*model.ListItem); !ok || li.Depth != 1 {
		t.Errorf("a nested item should be a list item at depth 1: %#v", li)
	}
	if li, ok := find(t, doc, "Sample twenty cases").(*model.ListItem); !ok || !li.Ordered {
		t.Errorf("a numbered item should be ordered: %#v", li)
	}
	if li, ok := find(t, doc, "Priya Hallam").(*model.ListItem); !ok || !strings.HasSuffix(li.Text, "children's social care") && !strings.HasSuffix(li.Text, "children’s social care") {
		t.Errorf("a wrapped item should be whole: %#v", li)
	}
	if len(tables) != 1 {
		t.Fatalf("want one table, got %d", len(tables))
	}
	tb := tables[0].(*model.Table)
	if len(tb.Rows) != 46 || strings.Join(tb.Rows[0], "|") != "Week|Young people|Contacts" || strings.Join(tb.Rows[45], "|") != "Week 45|145|335" {
		t.Errorf("want the header once and 45 rows, got %d rows: first %q last %q", len(tb.Rows), tb.Rows[0], tb.Rows[len(tb.Rows)-1])
	}
	if h, ok := find(t, doc, "Key Successes").(*model.Heading); !ok || h.Level != 2 || h.Candidate {
		t.Errorf("an H2 should be a level-2 heading: %#v", h)
	}
	if h, ok := doc.Blocks[0].(*model.Heading); !ok || h.Level != 1 || h.Text != "Northgate Youth Service" {
		t.Errorf("the H1 title first: %#v", doc.Blocks[0])
	}
	find(t, doc, "the multi-agency audit")
}

// taggedPDF is a one-page tagged PDF: content is the page's content
// stream, kids the structure tree root's /K (elements are objects 6 on).
func taggedPDF(content, kids string, elems ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 99 0 R /StructParents 0 >>",
		fmt.Sprintf("<< /Type /StructTreeRoot /K %s >>", kids),
	}
	objs = append(objs, elems...)
	objs[3] = strings.Replace(objs[3], "99 0 R", fmt.Sprintf("%d 0 R", len(objs)+1), 1)
	objs = append(objs, stream(content))
	return handPDF(objs...)
}

// marked draws text at y inside marked content with the MCID id.
func marked(tag string, id, y int, text string) string {
	return fmt.Sprintf("/%s <</MCID %d>> BDC BT /F1 12 Tf 72 %d Td (%s) Tj ET EMC\n", tag, id, y, text)
}

// TestStructureTreeByHand: the tree labels the layout reader's lines. A
// list tagged L/LI/Lbl/LBody whose items are drawn without bullets is read
// as list items, a heading tagged H1 in body size is a heading, and two
// tagged paragraphs the page sets as one are two blocks; a tagged item
// numbered at the margin, which the layout reader would not take for a
// list item, keeps its number in its text. A running header
// marked as an artifact keeps its words, and so does a line the tree does
// not reach; the order is the page's.
func TestStructureTreeByHand(t *testing.T) {
	content := "/Artifact BMC BT /F1 9 Tf 72 760 Td (Riverside annual statement header) Tj ET EMC\n" +
		marked("H1", 0, 700, "Riverside Family Centre") +
		"/Lbl <</MCID 1>> BDC BT /F1 12 Tf 90 680 Td (1.) Tj ET EMC\n" +
		"/LBody <</MCID 2>> BDC BT /F1 12 Tf 108 680 Td (Train every volunteer.) Tj ET EMC\n" +
		"/LBody <</MCID 4>> BDC BT /F1 12 Tf 108 666 Td (Audit the case files.) Tj ET EMC\n" +
		marked("P", 3, 640, "Our volunteers visited many families") +
		marked("P", 5, 626, "and a second paragraph starts here.") +
		textAt(72, 600, "A line the tree never reached.") +
		"/LBody <</MCID 6>> BDC BT /F1 12 Tf 72 580 Td (2. Opening of the meeting) Tj ET EMC\n"
	doc := extractBytes(t, taggedPDF(content, "[6 0 R 7 0 R 11 0 R 13 0 R 14 0 R]",
		"<< /Type /StructElem /S /H1 /P 5 0 R /Pg 4 0 R /K 0 >>",
		"<< /Type /StructElem /S /L /P 5 0 R /K [8 0 R 12 0 R] /A << /O /List /ListNumbering /Decimal >> >>",
		"<< /Type /StructElem /S /LI /P 7 0 R /K [9 0 R 10 0 R] >>",
		"<< /Type /StructElem /S /Lbl /P 8 0 R /Pg 4 0 R /K 1 >>",
		"<< /Type /StructElem /S /LBody /P 8 0 R /Pg 4 0 R /K 2 >>",
		"<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 3 >>",
		"<< /Type /StructElem /S /LI /P 7 0 R /Pg 4 0 R /K [<< /Type /MCR /MCID 4 >>] >>",
		"<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 5 >>",
		"<< /Type /StructElem /S /L /P 5 0 R /K [15 0 R] >>",
		"<< /Type /StructElem /S /LI /P 14 0 R /Pg 4 0 R /K 6 >>",
	))
	want := "0 p1 paragraph \"Riverside annual statement header\"\n" +
		"1 p1 heading level=1 \"Riverside Family Centre\"\n" +
		"2 p1 list_item depth=0 ordered=true \"Train every volunteer.\"\n" +
		"3 p1 list_item depth=0 ordered=true \"Audit the case files.\"\n" +
		"4 p1 paragraph \"Our volunteers visited many families\"\n" +
		"5 p1 paragraph \"and a second paragraph starts here.\"\n" +
		"6 p1 paragraph \"A line the tree never reached.\"\n" +
		"7 p1 paragraph \"2. Opening of the meeting\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStructureTreeThatMissesText: a tree that reaches only part of the
// page's text labels that part; every other word is read by the layout.
func TestStructureTreeThatMissesText(t *testing.T) {
	content := marked("H2", 0, 700, "Northgate Youth Service") +
		textAt(72, 680, "This paragraph was never tagged by the tool that made the file,") +
		textAt(72, 666, "and neither was this line, so the tree misses most of the text.")
	doc := extractBytes(t, taggedPDF(content, "[6 0 R]", "<< /Type /StructElem /S /H2 /P 5 0 R /Pg 4 0 R /K 0 >>"))
	want := "0 p1 heading level=2 \"Northgate Youth Service\"\n" +
		"1 p1 paragraph \"This paragraph was never tagged by the tool that made the file, and neither was this line, so the tree misses most of the text.\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStructureTreeTheLibraryCannotParse: the tree is optional evidence.
// A tree (or its root) holding what the PDF library cannot parse (here a
// bare keyword, as a public tagged PDF has) leaves the file to the layout
// reader, every word, instead of refusing it as damaged.
func TestStructureTreeTheLibraryCannotParse(t *testing.T) {
	content := marked("H1", 0, 700, "Eastbrook Youth Service") +
		marked("P", 1, 680, "Every volunteer was trained this year.")
	for name, pdf := range map[string][]byte{
		"an element": taggedPDF(content, "[6 0 R 7 0 R]",
			"<< /Type /StructElem /S /H1 /P 5 0 R /Pg 4 0 R /K 0 >>",
			"<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K [ OBJR 0 ] >>"),
		"the root": taggedPDF(content, "[ OBJR ]"),
	} {
		doc := extractBytes(t, pdf)
		got := plainText(doc)
		if !strings.Contains(got, "Eastbrook Youth Service") || !strings.Contains(got, "Every volunteer was trained this year.") {
			t.Errorf("%s: want every word by layout, got %q", name, got)
		}
	}
}

// TestTaggedTableByHand: a table tagged Table/TR/TD whose columns sit
// closer than the layout reader's column gap is whole, a cell per tag; a
// run that changes tag inside a word is not cut, and untagged text on a
// table line stays in the table. (Here the tree puts "mer" of "Summer"
// in the next cell: the word stays whole in the first.)
func TestTaggedTableByHand(t *testing.T) {
	cell := func(id, x, y int, text string) string {
		return fmt.Sprintf("/TD <</MCID %d>> BDC BT /F1 12 Tf %d %d Td (%s) Tj ET EMC\n", id, x, y, text)
	}
	content := cell(0, 72, 700, "Quarter") + cell(1, 130, 700, "Families") +
		cell(2, 72, 686, "Spring") + cell(3, 130, 686, "21") +
		"BT /F1 12 Tf 143.4 686 Td (*) Tj ET\n" + // an untagged footnote mark
		cell(4, 72, 672, "Sum") + "/TD <</MCID 5>> BDC BT /F1 12 Tf 90 672 Td (mer) Tj ET EMC\n" + cell(6, 130, 672, "27")
	doc := extractBytes(t, taggedPDF(content, "[6 0 R]",
		"<< /Type /StructElem /S /Table /P 5 0 R /K [7 0 R 8 0 R 9 0 R] >>",
		"<< /Type /StructElem /S /TR /P 6 0 R /K [10 0 R 11 0 R] >>",
		"<< /Type /StructElem /S /TR /P 6 0 R /K [12 0 R 13 0 R] >>",
		"<< /Type /StructElem /S /TR /P 6 0 R /K [14 0 R 15 0 R] >>",
		"<< /Type /StructElem /S /TH /P 7 0 R /Pg 4 0 R /K 0 >>",
		"<< /Type /StructElem /S /TH /P 7 0 R /Pg 4 0 R /K 1 >>",
		"<< /Type /StructElem /S /TD /P 8 0 R /Pg 4 0 R /K 2 >>",
		"<< /Type /StructElem /S /TD /P 8 0 R /Pg 4 0 R /K 3 >>",
		"<< /Type /StructElem /S /TD /P 9 0 R /Pg 4 0 R /K 4 >>",
		"<< /Type /StructElem /S /TD /P 9 0 R /Pg 4 0 R /K [5 6] >>",
	))
	if len(doc.Blocks) != 1 {
		t.Fatalf("want one table, got:\n%s", model.Dump(doc))
	}
	tb, ok := doc.Blocks[0].(*model.Table)
	if !ok {
		t.Fatalf("want a table, got:\n%s", model.Dump(doc))
	}
	want := [][]string{{"Quarter", "Families"}, {"Spring", "21*"}, {"Summer", "27"}}
	if fmt.Sprint(tb.Rows) != fmt.Sprint(want) {
		t.Errorf("rows %q, want %q", tb.Rows, want)
	}
}

// TestTaggedLibreOfficeHeaderKept: LibreOffice's tagged export marks the
// page header as an artifact. Its words are the agency's and stay; the
// headings, list items and table come out as the tree tags them.
func TestTaggedLibreOfficeHeaderKept(t *testing.T) {
	doc := extractFixture(t, "tagged-lo.pdf")
	got := plainText(doc)
	if !strings.Contains(got, "Riverside Family Centre: statement to the Lune Valley partnership") {
		t.Errorf("the header's words are missing:\n%s", model.Dump(doc))
	}
	items := 0
	for _, b := range doc.Blocks {
		if _, ok := b.(*model.ListItem); ok {
			items++
		}
	}
	if items != 3 {
		t.Errorf("want 3 list items, got %d:\n%s", items, model.Dump(doc))
	}
	if tb, ok := find(t, doc, "Quarter").(*model.Table); !ok || len(tb.Rows) != 3 {
		t.Errorf("want the 3-row table whole:\n%s", model.Dump(doc))
	}
	if h, ok := find(t, doc, "Outcomes and Impact").(*model.Heading); !ok || h.Level != 2 {
		t.Errorf("want a level-2 heading: %#v", h)
	}
}

// plainText joins the blocks' text.
func plainText(doc *model.Document) string {
	var all []string
	for _, b := range doc.Blocks {
		all = append(all, b.PlainText())
	}
	return strings.Join(all, "\n")
}
