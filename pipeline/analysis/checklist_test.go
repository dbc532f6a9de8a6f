package analysis

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// chapterPart is a fictional board chapter received from file, its title
// first as a heading (as authors write it), then paragraphs.
func chapterPart(title, file string, paras ...string) model.Part {
	doc := &model.Document{Source: model.Source{Path: file}}
	doc.Blocks = append(doc.Blocks, &model.Heading{Level: 1, Text: title})
	for _, p := range paras {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: len(doc.Blocks)}, Text: p})
	}
	return model.Part{Kind: model.PartChapter, Title: title, File: file, Document: doc}
}

// checklistOf returns the checklist items by key.
func checklistOf(a *model.Analysis) map[string]model.ChecklistItem {
	out := map[string]model.ChecklistItem{}
	for _, it := range a.Checklist {
		out[it.Key] = it
	}
	return out
}

// TestChecklistReadsChapters: on a fictional whole report, an item met
// only by a board chapter is found there, cited by the chapter and its
// paragraph as printed (headings not counted); an item met by nothing has
// no evidence and names the awaited chapter that covers it; a chapter not
// covering it is not named; the statements' evidence is still found.
func TestChecklistReadsChapters(t *testing.T) {
	s := stmt("Northgate Police", "n.docx",
		para(model.SectionDevelopment, "There has been little progress on the exploitation pathway."))
	intro := chapterPart("Introduction from the Chair", "chapters/intro.md",
		"This is the board's fictional year.",
		"Our youth council met the board twice. Children told us that the front door felt slow, and we changed the letters they receive.")
	intro.Document.Blocks = append(intro.Document.Blocks[:2], append([]model.Block{&model.Heading{Level: 2, Text: "Listening to children's feedback"}}, intro.Document.Blocks[2:]...)...)
	reviews := model.Part{Kind: model.PartChapter, Title: "Learning from Reviews", File: "reviews.docx", Covers: []string{"practice_reviews"}}
	other := model.Part{Kind: model.PartChapter, Title: "Conclusions", File: "end.md"}
	finance := model.Part{Kind: model.PartTable, Title: "Financial Report", Covers: []string{"practice_reviews"}}
	opts := DefaultOptions()
	opts.Parts = []model.Part{intro, {Kind: model.PartStatements}, reviews, finance, other}
	got := checklistOf(Analyse([]*model.Statement{s}, nil, nil, opts))

	fb := got["feedback"]
	if len(fb.Evidence) != 2 {
		t.Fatalf("feedback: evidence %+v, want the chapter's two sentences", fb.Evidence)
	}
	want := model.Citation{File: "chapters/intro.md", Index: 2, Chapter: "Introduction from the Chair", Paragraph: 2}
	for _, q := range fb.Evidence {
		if q.Citation != want {
			t.Errorf("feedback: cited %+v, want %+v", q.Citation, want)
		}
	}
	if fb.Evidence[1].Text != "Children told us that the front door felt slow, and we changed the letters they receive." {
		t.Errorf("feedback: quoted %q", fb.Evidence[1].Text)
	}
	if len(fb.Awaited) != 0 {
		t.Errorf("feedback has evidence, yet names awaited chapters %v", fb.Awaited)
	}
	pr := got["practice_reviews"]
	if len(pr.Evidence) != 0 || len(pr.Awaited) != 1 || pr.Awaited[0] != "Learning from Reviews" {
		t.Errorf("practice_reviews: %+v, want no evidence and the awaited Learning from Reviews", pr)
	}
	if it := got["impact"]; len(it.Evidence) != 0 || len(it.Awaited) != 0 {
		t.Errorf("impact: %+v, want no evidence and no chapter named (none covers it)", it)
	}
	if lp := got["little_progress"]; len(lp.Evidence) != 1 || lp.Evidence[0].Citation.Agency != "Northgate Police" || lp.Evidence[0].Citation.Chapter != "" {
		t.Errorf("little_progress: %+v, want the statement's sentence", lp.Evidence)
	}
}

// TestChecklistChapterArrives: once the covering chapter is read, its
// sentence meets the item and it is no longer named as awaited.
func TestChecklistChapterArrives(t *testing.T) {
	reviews := chapterPart("Learning from Reviews", "chapters/reviews.docx",
		"The case review group met monthly.",
		"Every recommendation of the Rapid Review of Child K has an owner and a date.")
	reviews.Covers = []string{"practice_reviews"}
	opts := DefaultOptions()
	opts.Parts = []model.Part{reviews}
	pr := checklistOf(Analyse(nil, nil, nil, opts))["practice_reviews"]
	if len(pr.Evidence) != 1 || pr.Evidence[0].Citation.Paragraph != 2 || pr.Evidence[0].Citation.Chapter != "Learning from Reviews" || len(pr.Awaited) != 0 {
		t.Errorf("practice_reviews: %+v", pr)
	}
}

// TestChecklistWithoutOutline: a season without an outline scores the
// statements alone, and names no chapter.
func TestChecklistWithoutOutline(t *testing.T) {
	s := stmt("Westbrook College", "w.docx", para(model.SectionOutcomes, "Students told us the new drop-in helped; young people told us it felt safe."))
	for _, it := range Analyse([]*model.Statement{s}, nil, nil, DefaultOptions()).Checklist {
		if len(it.Awaited) != 0 {
			t.Errorf("%s names awaited chapters %v without an outline", it.Key, it.Awaited)
		}
		for _, q := range it.Evidence {
			if q.Citation.Chapter != "" || q.Citation.Agency != "Westbrook College" {
				t.Errorf("%s: citation %+v", it.Key, q.Citation)
			}
		}
	}
}

// TestChecklistReadingOrder: evidence is listed in the order the report
// prints it (the renderers show the first few), a chapter before the
// statements part first, one after it last.
func TestChecklistReadingOrder(t *testing.T) {
	s := stmt("Northgate Police", "n.docx", para(model.SectionOutcomes, "Young people told us the new custody leaflet helped."))
	intro := chapterPart("Introduction", "intro.md", "The youth council told us what mattered to them.")
	end := chapterPart("Conclusions", "end.md", "Families told us the board should write more plainly.")
	opts := DefaultOptions()
	opts.Parts = []model.Part{intro, {Kind: model.PartStatements}, end}
	var got []string
	for _, q := range checklistOf(Analyse([]*model.Statement{s}, nil, nil, opts))["feedback"].Evidence {
		got = append(got, q.Citation.Chapter+q.Citation.Agency)
	}
	if want := "Introduction|Northgate Police|Conclusions"; strings.Join(got, "|") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}
