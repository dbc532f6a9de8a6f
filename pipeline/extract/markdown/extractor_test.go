package markdown

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

const chapter = `# Learning from Reviews

The board published **two** reviews, *both* fictional.[^1] See [the site](https://example.org/reviews).

1. First step
2. Second step
   - nested point
3. Third step

A paragraph between lists.

4. Carries on at four

| Review | Month |
|---|---|
| Alpha | June |

![A bar chart of referrals by month](chart.png)

[^1]: Both reviews are invented for this example.
`

func TestChapter(t *testing.T) {
	ex := New(Options{Picture: func(dest string) ([]byte, string, bool) {
		return []byte("PNG"), "image/png", dest == "chart.png"
	}})
	doc, err := ex.Extract(context.Background(), []byte(chapter))
	if err != nil {
		t.Fatal(err)
	}
	got := model.Dump(doc)
	for _, want := range []string{
		`0 heading level=1 "Learning from Reviews"`,
		`1 paragraph "The board published two reviews, both fictional. See the site."`,
		`2 list_item depth=0 ordered=true "First step"`,
		`4 list_item depth=1 ordered=false "nested point"`,
		`7 list_item depth=0 ordered=true "Carries on at four"`,
		`8 table rows=2 cols=2 "Review\tMonth\nAlpha\tJune"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("dump lacks %s\n%s", want, got)
		}
	}
	p := doc.Blocks[1].(*model.Paragraph)
	var bold, italic, link, note bool
	for _, s := range p.Spans {
		bold = bold || (s.Bold && s.Text == "two")
		italic = italic || (s.Italic && s.Text == "both")
		link = link || (s.Link == "https://example.org/reviews" && s.Text == "the site")
		note = note || s.Footnote == "Both reviews are invented for this example."
	}
	if !bold || !italic || !link || !note {
		t.Errorf("spans %+v: bold %t italic %t link %t footnote %t", p.Spans, bold, italic, link, note)
	}
	first, later := doc.Blocks[2].(*model.ListItem), doc.Blocks[7].(*model.ListItem)
	if first.List == later.List || later.Start != 4 || first.Start != 0 {
		t.Errorf("lists: first %q start %d, later %q start %d", first.List, first.Start, later.List, later.Start)
	}
	pics := model.Pictures(doc.Blocks[9])
	if len(pics) != 1 || pics[0].Alt != "A bar chart of referrals by month" || string(pics[0].Data) != "PNG" {
		t.Errorf("picture %+v", pics)
	}
	if len(doc.Blocks) != 10 {
		t.Errorf("%d blocks\n%s", len(doc.Blocks), got)
	}
}
