package json

import (
	stdjson "encoding/json"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// The JSON carries the outline's parts: each with its heading and whether
// it has come, a chapter's every block (list names, footnotes, pictures)
// and a table's totals; a report without an outline has no "parts".
func TestPartsInJSON(t *testing.T) {
	var doc Document
	if err := stdjson.Unmarshal(encode(t, fixture.Outlined()), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Parts) != 6 {
		t.Fatalf("%d parts", len(doc.Parts))
	}
	intro, reviews, finance := doc.Parts[0], doc.Parts[3], doc.Parts[4]
	if intro.Received || intro.Heading != "1 Introduction" || intro.Owner != "Independent Chair" {
		t.Errorf("intro %+v", intro)
	}
	if !reviews.Received || len(reviews.Blocks) != 8 || reviews.Blocks[1].Footnotes[0] != "An invented panel." ||
		reviews.Blocks[5].List != "a" || reviews.Blocks[6].List != "b" || reviews.Blocks[7].Pictures[0] != "A chart of referrals" {
		t.Errorf("reviews %+v", reviews)
	}
	if finance.Table == nil || finance.Table.Totals[1] != "£15.50" {
		t.Errorf("finance %+v", finance.Table)
	}
	var plain map[string]any
	if err := stdjson.Unmarshal(encode(t, fixture.Small()), &plain); err != nil {
		t.Fatal(err)
	}
	if _, ok := plain["parts"]; ok {
		t.Error("a report without an outline has parts in its JSON")
	}
}
