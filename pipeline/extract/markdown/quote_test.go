package markdown

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestBlockQuote: a block quote's paragraphs, nested ones too, are
// quotations; the text around it is body text, every word kept.
func TestBlockQuote(t *testing.T) {
	src := "Before the quote.\n\n> The chair said the partners *listened*.\n>\n> > A nested reply.\n\nAfter the quote.\n"
	doc, err := New(Options{}).Extract(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := model.Dump(doc)
	for _, want := range []string{`paragraph "Before the quote."`, `paragraph style=quote "The chair said the partners listened."`,
		`paragraph style=quote "A nested reply."`, `paragraph "After the quote."`} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s:\n%s", want, got)
		}
	}
}
