package update

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// withChapters gives r an outline: an introduction (paras, nil while
// awaited) before the statements and conclusions (concl) after them.
func withChapters(r *model.Report, intro, concl []string, sha1, sha2 string) *model.Report {
	chapter := func(num, title, file, sha string, paras []string) model.Part {
		pt := model.Part{Kind: model.PartChapter, Number: num, Title: title, File: file, Owner: "Independent Chair"}
		if paras == nil {
			return pt
		}
		doc := &model.Document{}
		for _, p := range paras {
			doc.Blocks = append(doc.Blocks, &model.Paragraph{Text: p})
		}
		pt.Document, pt.SHA256 = doc, sha
		return pt
	}
	r.Parts = []model.Part{chapter("1", "Introduction", "intro.md", sha1, intro),
		{Kind: model.PartStatements, Number: "7"}, chapter("8", "Conclusions", "conclusions.md", sha2, concl)}
	return r
}

var introV1 = []string{"Welcome to the Millbrook board's fictional report.", "The board met six times this year.", "Our thanks go to every partner."}

func TestUpdateChapters(t *testing.T) {
	edited := renderDraft(t, withChapters(report(millbrookV1()), introV1, nil, "i1", ""))
	doc := string(part(t, edited, "word/document.xml"))
	doc = strings.Replace(doc, "Our thanks go to every partner.", "Our warm thanks go to every partner.", 1) // a reviewer's edit
	edited = withPart(t, edited, "word/document.xml", []byte(doc))

	introV2 := []string{"Welcome to the Millbrook board's fictional report.", "The board met eight times this year.", "Our thanks go to every partner and volunteer."}
	concl := []string{"The partnership ends the year stronger."}
	res, err := apply(edited, withChapters(report(millbrookV1()), introV2, concl, "i2", "c1"), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range res.Changes {
		if c.Chapter {
			got = append(got, c.Agency+": "+c.Describe())
		}
	}
	want := []string{"1 Introduction: chapter changed: 1 changed block(s); 1 also edited (or deleted) in the draft: the chapter's author's version inserted after it, with a comment",
		"8 Conclusions: chapter arrived: 1 inserted block(s)"}
	if !slices.Equal(got, want) {
		t.Errorf("chapter changes\n got %q\nwant %q", got, want)
	}
	out := part(t, res.DOCX, "word/document.xml")
	accepted := afterContents(texts(t, resolve(out, true)))
	for _, w := range []string{"The board met eight times this year.", "Our warm thanks go to every partner.", "Our thanks go to every partner and volunteer.", "The partnership ends the year stronger."} {
		if !slices.Contains(accepted, w) {
			t.Errorf("after accepting all, %q is missing:\n%q", w, accepted)
		}
	}
	if slices.ContainsFunc(accepted, func(s string) bool { return strings.HasPrefix(s, "This chapter is awaited") }) {
		t.Error("the late chapter's awaited line is still there after accepting all")
	}
	if rejected, was := texts(t, resolve(out, false)), texts(t, part(t, edited, "word/document.xml")); !slices.Equal(rejected, was) {
		t.Errorf("rejecting all does not give the edited draft back:\n got %q\nwant %q", rejected, was)
	}

	// The updated draft records the chapters as they now are: a second
	// update with nothing new changes nothing.
	again, err := apply(res.DOCX, withChapters(report(millbrookV1()), introV2, concl, "i2", "c1"), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range again.Changes {
		if c.Chapter {
			t.Errorf("a second update changed %s: %s", c.Agency, c.Describe())
		}
	}
}

// TestUpdateChapterGone: a chapter whose file went is awaited again: its
// blocks are shown deleted and its awaited line inserted.
func TestUpdateChapterGone(t *testing.T) {
	edited := renderDraft(t, withChapters(report(millbrookV1()), introV1, nil, "i1", ""))
	res, err := apply(edited, withChapters(report(millbrookV1()), nil, nil, "", ""), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Changes[len(res.Changes)-1]
	if !c.Chapter || c.Status != ChapterGone || c.Deleted != 3 {
		t.Errorf("the gone chapter: %+v", c)
	}
	accepted := afterContents(texts(t, resolve(part(t, res.DOCX, "word/document.xml"), true)))
	if slices.Contains(accepted, introV1[0]) || !slices.ContainsFunc(accepted, func(s string) bool { return strings.HasPrefix(s, "This chapter is awaited") }) {
		t.Errorf("after accepting all:\n%q", accepted)
	}
}

// TestLateChapterCarriesItsNotesAndLinks: a late chapter's footnote and
// link come into a draft that had neither: its footnotes part is added
// and the link's relationship copied, so the references resolve.
func TestLateChapterCarriesItsNotesAndLinks(t *testing.T) {
	edited := renderDraft(t, withChapters(report(millbrookV1()), introV1, nil, "i1", ""))
	cur := withChapters(report(millbrookV1()), introV1, []string{"placeholder"}, "i1", "c1")
	p := cur.Parts[2].Document.Blocks[0].(*model.Paragraph)
	p.Text = "See the board's site for more."
	p.Spans = []model.Span{{Text: "See "}, {Text: "the board's site", Link: "https://millbrook-lscb.example.org"},
		{Footnote: "The site is fictional."}, {Text: " for more."}}
	res, err := apply(edited, cur, Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	notes := string(part(t, res.DOCX, "word/footnotes.xml"))
	rels := string(part(t, res.DOCX, "word/_rels/document.xml.rels"))
	doc := string(part(t, res.DOCX, "word/document.xml"))
	if !strings.Contains(notes, "The site is fictional.") || !strings.Contains(rels, "/footnotes\"") {
		t.Errorf("the footnote did not come: %s", rels)
	}
	id := regexp.MustCompile(`<w:hyperlink r:id="([^"]+)"`).FindStringSubmatch(doc)
	if id == nil || !regexp.MustCompile(`Id="`+id[1]+`"[^>]*Target="https://millbrook-lscb.example.org"`).MatchString(rels) {
		t.Errorf("the link's relationship did not come (%v):\n%s", id, rels)
	}
	if !strings.Contains(string(part(t, res.DOCX, "[Content_Types].xml")), "/word/footnotes.xml") {
		t.Error("the footnotes part has no content type")
	}
}

// TestUpdateUnrecordedChapter: a part the edited draft has no record of
// (the outline gained it) is left alone, and the summary says so.
func TestUpdateUnrecordedChapter(t *testing.T) {
	r := withChapters(report(millbrookV1()), introV1, nil, "i1", "")
	r.Parts = r.Parts[:2] // no conclusions part yet
	edited := renderDraft(t, r)
	res, err := apply(edited, withChapters(report(millbrookV1()), introV1, []string{"The partnership ends the year stronger."}, "i1", "c1"), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Changes[len(res.Changes)-1]
	if !c.Chapter || c.Agency != "8 Conclusions" || c.Status != ChapterUnrecorded || c.any() {
		t.Errorf("the unrecorded chapter: %+v", c)
	}
	if slices.Contains(texts(t, part(t, res.DOCX, "word/document.xml")), "The partnership ends the year stronger.") {
		t.Error("an unrecorded chapter's text was inserted")
	}
}
