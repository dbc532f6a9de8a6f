package update

import (
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
