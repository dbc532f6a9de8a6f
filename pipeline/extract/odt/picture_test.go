package odt

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A chapter saved by LibreOffice keeps its chart where it stands, with its
// size and description, and its lists keep their identity: the second
// numbered list is another list, the two items after it carry on neither.
func TestLibreOfficeChapterKeepsPictureAndLists(t *testing.T) {
	data, err := os.ReadFile("testdata/chapter-with-chart.odt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var pics []*model.Picture
	at := -1
	lists := map[string]int{}
	for i, b := range doc.Blocks {
		if p := model.Pictures(b); len(p) > 0 {
			pics, at = append(pics, p...), i
		}
		if li, ok := b.(*model.ListItem); ok && li.Ordered {
			lists[li.List]++
		}
	}
	if len(pics) != 1 || !strings.HasPrefix(pics[0].Alt, "Referrals to the front door by month") || pics[0].ContentType != "image/png" ||
		len(pics[0].Data) == 0 || pics[0].Width < 5*914400 {
		t.Fatalf("pictures %+v", pics)
	}
	if next := doc.Blocks[at+1].PlainText(); !strings.HasPrefix(next, "Robin’s attendance rose") {
		t.Errorf("the picture is not where it stands: next block %q", next)
	}
	if len(lists) != 2 {
		t.Errorf("ordered lists %v, want two", lists)
	}
	var note, italic, bold bool
	for _, s := range model.SpansOf(doc.Blocks[1]) {
		note = note || strings.Contains(s.Footnote, "Robin is an invented child")
		italic = italic || (s.Italic && s.Text == "June")
		bold = bold || (s.Bold && s.Text == "redesigned")
	}
	if !note || !italic || !bold {
		t.Errorf("footnote %t italic %t bold %t in %+v", note, italic, bold, model.SpansOf(doc.Blocks[1]))
	}
}
