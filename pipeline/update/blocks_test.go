package update

import (
	"strings"
	"testing"
)

// Each counted block is listed with the text before and after, so the
// review page can show it: the corrected figure with both texts, the new
// list item with its text, the removed paragraph with its old text, and a
// paragraph the reviewer had edited with the reviewer's words as Old.
func TestChangesListEachBlockWithItsTexts(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1(), eastgate()))
	doc := string(part(t, draft, "word/document.xml"))
	doc = strings.Replace(doc, "Eastgate Housing Trust manages 3,000 homes", "Eastgate Housing Trust manages some 3,000 homes", 1)
	edited := withPart(t, draft, "word/document.xml", []byte(doc))
	corrected := statement("Eastgate Housing Trust", "eastgate v2.docx", "bbb2",
		block{sec: ctx, text: "Eastgate Housing Trust manages 3,100 homes for families."},
		block{sec: act, text: "Housing officers completed safeguarding training in March."})
	res, err := apply(edited, report(millbrookV2(), corrected), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	mill, east := res.Changes[0], res.Changes[1]
	want := []BlockChange{
		{Outcome: BlockChanged, Section: "activity", Old: "We trained 380 youth workers in recognising neglect this year.", New: "We trained 420 youth workers in recognising neglect this year."},
		{Outcome: BlockInserted, Section: "activity", New: "A new mentoring scheme paired 40 young people with volunteers."},
	}
	for _, w := range want {
		if !hasBlock(mill.Blocks, w) {
			t.Errorf("Millbrook's changes lack %+v:\n%+v", w, mill.Blocks)
		}
	}
	if !hasBlock(mill.Blocks, BlockChange{Outcome: BlockDeleted, Section: "development", Old: "We will audit our referrals twice a year."}) {
		t.Errorf("the removed paragraph is not listed with its old text:\n%+v", mill.Blocks)
	}
	if n := mill.Changed + mill.Inserted + mill.Deleted; n != len(mill.Blocks) {
		t.Errorf("%d blocks listed for %d counted", len(mill.Blocks), n)
	}
	conflict := BlockChange{Outcome: BlockConflict, Section: "context", Old: "Eastgate Housing Trust manages some 3,000 homes for families.",
		New: "Eastgate Housing Trust manages 3,100 homes for families.", Was: "Eastgate Housing Trust manages 3,000 homes for families."}
	if east.Conflicts != 1 || !hasBlock(east.Blocks, conflict) {
		t.Errorf("the conflict is not listed with the reviewer's text and the agency's: %+v", east)
	}
}

func hasBlock(bs []BlockChange, want BlockChange) bool {
	for _, b := range bs {
		if b == want {
			return true
		}
	}
	return false
}
