package ocr

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Tesseract's text becomes blocks: wrapped lines joined, a line ending in a
// hyphen joined to the next with its hyphen kept (text as printed), a short line without closing punctuation offered as
// a heading, bulleted lines as list items.
func TestPageBlocks(t *testing.T) {
	text := "Annual Statement 2026\n\nThe board met four times and agreed a new multi-\nagency plan with all 2016-\n17 partners.\n\n• Training for all staff\n• Audit of case files\n\nSigned: Chair.\n\f"
	doc := &model.Document{Blocks: pageBlocks(text, 3)}
	for i, b := range doc.Blocks {
		model.SetIndex(b, i)
	}
	want := "0 p3 heading level=0 candidate \"Annual Statement 2026\"\n" +
		"1 p3 paragraph \"The board met four times and agreed a new multi-agency plan with all 2016-17 partners.\"\n" +
		"2 p3 list_item depth=0 ordered=false \"Training for all staff\"\n" +
		"3 p3 list_item depth=0 ordered=false \"Audit of case files\"\n" +
		"4 p3 paragraph \"Signed: Chair.\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// OCR blocks take the place of their page's blocks, and all are numbered
// again in reading order.
func TestReplacePages(t *testing.T) {
	blocks := []model.Block{
		&model.Paragraph{Position: model.Position{Page: 1}, Text: "one"},
		&model.Paragraph{Position: model.Position{Page: 2}, Text: "junk a"},
		&model.Paragraph{Position: model.Position{Page: 2}, Text: "junk b"},
		&model.Paragraph{Position: model.Position{Page: 3}, Text: "three"},
	}
	ocr := map[int][]model.Block{
		2: {&model.Paragraph{Position: model.Position{Page: 2}, Text: "two read"}},
		4: {&model.Paragraph{Position: model.Position{Page: 4}, Text: "four read"}},
	}
	doc := &model.Document{Blocks: replacePages(blocks, ocr)}
	want := "0 p1 paragraph \"one\"\n1 p2 paragraph \"two read\"\n2 p3 paragraph \"three\"\n3 p4 paragraph \"four read\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
