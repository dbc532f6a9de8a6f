package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// The Markdown covers the whole report: parts in order with their numbers,
// an awaited chapter, a chapter's link, footnote and picture, its lists
// numbered as the source numbers them, and the table with its totals.
func TestWholeReportMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, fixture.Outlined()); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	order := []string{"## 1 Introduction", "*This chapter is awaited (from Independent Chair).*", "Key: ",
		"## 3 ", "## 4 Learning from Reviews", "See [the panel](https://panel.example.org/).[^1]",
		"1. First\n2. Second", "Between the lists.", "3. Third\n\n<!-- -->\n\n1. Again", "*[Picture: A chart of referrals]*",
		"[^1]: An invented panel.", "## 5 Financial Report", "| Total | £15.50 |", "## 6 Analysis of the Partner Statements"}
	at := 0
	for _, want := range order {
		i := strings.Index(md[at:], want)
		if i < 0 {
			t.Fatalf("%q not found after the text before it:\n%s", want, md)
		}
		at += i + len(want)
	}
	if strings.Count(md, "Key: ") != 1 {
		t.Error("the key should be written once, where the outline puts it")
	}
}
