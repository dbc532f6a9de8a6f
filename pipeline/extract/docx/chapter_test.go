package docx

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The example chapter is a DOCX made by pandoc (examples/make-examples.sh)
// with a footnote, emphasis, two numbered lists, a nested bulleted list, a
// table and a chart picture with alternative text: all of it is kept.
func TestPandocChapterKeepsRichContent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "examples", "chapters", "journey-of-the-child.docx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(model.Dump(doc))
	var pics []*model.Picture
	var note, italic, bold bool
	lists := map[string]int{}
	for _, b := range doc.Blocks {
		pics = append(pics, model.Pictures(b)...)
		for _, s := range model.SpansOf(b) {
			note = note || strings.Contains(s.Footnote, "Robin is an invented child")
			italic = italic || (s.Italic && s.Text == "June")
			bold = bold || (s.Bold && s.Text == "redesigned")
		}
		if li, ok := b.(*model.ListItem); ok && li.Ordered {
			lists[li.List]++
		}
	}
	if len(pics) != 1 || !strings.HasPrefix(pics[0].Alt, "Referrals to the front door by month") || len(pics[0].Data) == 0 || pics[0].Width == 0 {
		t.Errorf("pictures %+v", pics)
	}
	if !note || !italic || !bold {
		t.Errorf("footnote %t italic %t bold %t", note, italic, bold)
	}
	if len(lists) != 2 {
		t.Errorf("ordered lists %v, want two (3 and 2 items)", lists)
	}
	for _, w := range doc.Warnings {
		if strings.Contains(w, "picture") {
			t.Errorf("a kept picture is still warned about: %s", w)
		}
	}
}
