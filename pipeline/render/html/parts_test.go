package html

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// The review page lists the whole report's parts, says which chapter is
// awaited, and shows a chapter with its list numbers and its picture's
// description, and a table with its totals.
func TestReviewPageCoversTheWholeReport(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, fixture.Outlined()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	order := []string{"The whole report", ">1 Introduction</a>", "This chapter is awaited (from Independent Chair).",
		">4 Learning from Reviews</a>", "received: reviews.docx", `<h2>4 Learning from Reviews</h2>`,
		"1. First", "2. Second", "Between the lists.", "3. Third", "1. Again", "Picture: A chart of referrals",
		"<h2>5 Financial Report</h2>", "£15.50"}
	at := 0
	for _, want := range order {
		i := strings.Index(page[at:], want)
		if i < 0 {
			t.Fatalf("%q not found after the text before it", want)
		}
		at += i + len(want)
	}
}
