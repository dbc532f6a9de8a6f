package docx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// A checklist line quoting a board chapter links, in the draft and in the
// version to publish, to a bookmark on that chapter's paragraph, shown as
// the paragraph ("paragraph 2") since the line names the chapter; an item
// without evidence names its awaited chapter.
func TestChecklistLinksToTheChapter(t *testing.T) {
	r := fixture.Outlined()
	ch := r.Parts[3].Document
	ch.Source.Path = "chapters/reviews.docx"
	for i, b := range ch.Blocks {
		switch v := b.(type) {
		case *model.Paragraph:
			v.Index = i
		case *model.ListItem:
			v.Index = i
		}
	}
	cite := model.Citation{File: "chapters/reviews.docx", Index: 4, Chapter: "Learning from Reviews", Paragraph: 4}
	r.Analysis = &model.Analysis{Checklist: []model.ChecklistItem{
		{Key: "practice_reviews", Title: "Reviews", Evidence: []model.Quote{{Text: "Between the lists.", Citation: cite}}},
		{Key: "feedback", Title: "Feedback", Evidence: []model.Quote{}, Awaited: []string{"Introduction"}},
	}}
	link := regexp.MustCompile(`<w:hyperlink w:anchor="(_Ref\d+)"[^>]*>(?:<w:r>.*?</w:r>)</w:hyperlink>`)
	for _, final := range []bool{false, true} {
		var buf bytes.Buffer
		if err := New(Options{Final: final}).Render(&buf, r); err != nil {
			t.Fatal(err)
		}
		doc := string(unzip(t, buf.Bytes())["word/document.xml"])
		at := strings.Index(doc, "Learning from Reviews, “Between the lists.”")
		if at < 0 {
			t.Fatalf("final %t: no checklist line quoting the chapter", final)
		}
		m := link.FindStringSubmatch(doc[at:])
		if m == nil || !strings.Contains(m[0], ">paragraph 4<") {
			t.Fatalf("final %t: the line has no link named paragraph 4: %v", final, m)
		}
		mark := strings.Index(doc, `w:name="`+m[1]+`"/>`)
		end := strings.Index(doc[max(mark, 0):], "</w:p>")
		if mark < 0 || !strings.Contains(doc[mark:mark+end], ">Between the lists.<") {
			t.Errorf("final %t: the bookmark %s is not on the chapter's paragraph", final, m[1])
		}
		if !strings.Contains(doc, "no evidence found; the chapter “Introduction” that may hold it is awaited") {
			t.Errorf("final %t: the awaited chapter is not named", final)
		}
	}
}
