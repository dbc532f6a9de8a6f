package update

import (
	"slices"
	"strings"
	"testing"
)

// TestWordSplitRuns: Word saves a paragraph in several runs (revision
// ids, a spelling mark, a reviewer's bold on some words) without changing
// its text. The agency's correction still goes in word by word, and the
// reviewer's bold stays on the words it was on.
func TestWordSplitRuns(t *testing.T) {
	draft := renderDraft(t, report(millbrookV1()))
	doc := string(part(t, draft, "word/document.xml"))
	old := `<w:r><w:t xml:space="preserve">We trained 380 youth workers in recognising neglect this year.</w:t></w:r>`
	split := `<w:r w:rsidR="00A1"><w:t xml:space="preserve">We trained </w:t></w:r><w:proofErr w:type="spellStart"/>` +
		`<w:r w:rsidR="00B2"><w:rPr><w:b/></w:rPr><w:t>380 youth workers</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
		`<w:r w:rsidR="00A1"><w:t xml:space="preserve"> in recognising neglect this year.</w:t></w:r>`
	if !strings.Contains(doc, old) {
		t.Fatal("the draft does not hold the paragraph as one run")
	}
	doc = strings.Replace(doc, old, split, 1)
	doc = strings.Replace(doc, "<w:body>", `<w:body><w:p w:rsidR="00A1"><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>`, 1)
	edited := withPart(t, draft, "word/document.xml", []byte(doc))

	res, err := apply(edited, report(millbrookV2()), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	out := part(t, res.DOCX, "word/document.xml")
	if c := res.Changes[0]; c.Conflicts != 0 {
		t.Errorf("a paragraph whose text Word only split into runs counts as edited: %+v", c)
	}
	if got, want := texts(t, resolve(out, false)), texts(t, []byte(doc)); !slices.Equal(got, want) {
		t.Errorf("rejecting all does not give Word's document back:\n got %q\nwant %q", got, want)
	}
	if got := texts(t, resolve(out, true)); !slices.Contains(got, "We trained 420 youth workers in recognising neglect this year.") {
		t.Errorf("accepting all does not give the corrected paragraph:\n%q", got)
	}
	p := paraWith(t, string(out), "youth workers")
	if !strings.Contains(p, `<w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">380</w:delText>`) ||
		!strings.Contains(p, `<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">420</w:t>`) ||
		!strings.Contains(p, `<w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> youth workers</w:t>`) {
		t.Errorf("the reviewer's bold did not stay on its words:\n%s", p)
	}
	if !strings.Contains(p, `<w:proofErr w:type="spellStart"/>`) {
		t.Error("Word's spelling marks were dropped")
	}
}
