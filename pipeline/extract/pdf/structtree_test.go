package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestTaggedChromePDF reads a browser-printed statement by its structure
// tree: every tagged list item is a list item (with its depth and
// numbering), the table that runs over a page break is one table with its
// repeated header row read once, and the headings keep their tagged levels.
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

// TestStructureTreeByHand: a list tagged L/LI/Lbl/LBody whose items are
// drawn without bullets, a heading tagged H1 in body size, a running
// header marked as an artifact (left out), and content read in the tree's
// order rather than the page's.
func TestStructureTreeByHand(t *testing.T) {
	content := "/Artifact BMC BT /F1 9 Tf 72 760 Td (Riverside annual statement header) Tj ET EMC\n" +
		marked("P", 3, 600, "Read last, though drawn first.") +
		marked("H1", 0, 700, "Riverside Family Centre") +
		marked("Lbl", 1, 680, "1.") + marked("LBody", 2, 680, "Train every volunteer.") +
		marked("LBody", 4, 660, "Audit the case files.")
	doc := extractBytes(t, taggedPDF(content, "[6 0 R 7 0 R 11 0 R]",
		"<< /Type /StructElem /S /H1 /P 5 0 R /Pg 4 0 R /K 0 >>",
		"<< /Type /StructElem /S /L /P 5 0 R /K [8 0 R 12 0 R] >>",
		"<< /Type /StructElem /S /LI /P 7 0 R /K [9 0 R 10 0 R] >>",
		"<< /Type /StructElem /S /Lbl /P 8 0 R /Pg 4 0 R /K 1 >>",
		"<< /Type /StructElem /S /LBody /P 8 0 R /Pg 4 0 R /K 2 >>",
		"<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 3 >>",
		"<< /Type /StructElem /S /LI /P 7 0 R /Pg 4 0 R /K [<< /Type /MCR /MCID 4 >>] >>",
	))
	want := "0 p1 heading level=1 \"Riverside Family Centre\"\n" +
		"1 p1 list_item depth=0 ordered=true \"Train every volunteer.\"\n" +
		"2 p1 list_item depth=0 ordered=false \"Audit the case files.\"\n" +
		"3 p1 paragraph \"Read last, though drawn first.\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStructureTreeThatMissesText: a tree that reaches only part of the
// page's text is not trusted; the page is read by its layout, every word.
func TestStructureTreeThatMissesText(t *testing.T) {
	content := marked("P", 0, 700, "Northgate Youth Service") +
		textAt(72, 680, "This paragraph was never tagged by the tool that made the file,") +
		textAt(72, 666, "and neither was this line, so the tree misses most of the text.")
	doc := extractBytes(t, taggedPDF(content, "[6 0 R]", "<< /Type /StructElem /S /P /P 5 0 R /Pg 4 0 R /K 0 >>"))
	var all []string
	for _, b := range doc.Blocks {
		all = append(all, b.PlainText())
	}
	got := strings.Join(all, " ")
	if !strings.Contains(got, "Northgate Youth Service") || !strings.Contains(got, "misses most of the text.") {
		t.Errorf("want every word by layout, got %q", got)
	}
}
