package main

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestUpdateBringsChangedChapters: a whole-report draft is made with the
// conclusions still awaited; a reviewer edits a statement's paragraph and
// the introduction's first paragraph, and saves the copy in LibreOffice.
// Then the chair changes the introduction (Markdown: the paragraph the
// reviewer edited, and the signature), the journey of the child is
// re-made by pandoc with a changed figure, and the conclusions arrive.
// update brings each into the reviewer's copy as tracked changes in its
// own part, leaves the reviewer's edits alone, and treats the paragraph
// both changed as a clash, with a comment.
func TestUpdateBringsChangedChapters(t *testing.T) {
	dir := newWorkspace(t)
	subs, chapters := filepath.Join(dir, "submissions"), filepath.Join(dir, "chapters")
	writeDocx(t, filepath.Join(subs, "Northgate Police statement.docx"), statementMD("Northgate Police"))
	writeDocx(t, filepath.Join(subs, "Hillside Housing Association statement.docx"), statementMD("Hillside Housing Association"))
	journeyMD := journeySource(t)
	writeDocx(t, filepath.Join(chapters, "journey-of-the-child.docx"), journeyMD)
	conclusions := readFile(t, filepath.Join(chapters, "conclusions.md"))
	if err := os.Remove(filepath.Join(chapters, "conclusions.md")); err != nil {
		t.Fatal(err)
	}
	draft, _ := runWhole(t, dir)
	edited := filepath.Join(t.TempDir(), "board copy.docx")
	writeFile(t, edited, saveInLibreOffice(t, reviewerEditsIntroduction(t, reviewerEdit(t, readFile(t, draft)))))

	intro := filepath.Join(chapters, "introduction.md")
	text := string(readFile(t, intro))
	changed := strings.NewReplacer("board's **three priorities**", "board's **four priorities**",
		"Alex Fairweather, Independent Chair (fictional)", "Alex Fairweather, Independent Chair of the board (fictional)").Replace(text)
	writeFile(t, intro, []byte(changed))
	chart := filepath.Join(testutil.RepoRoot(t), "examples", "src", "chapters", "chart.png")
	writeDocx(t, filepath.Join(chapters, "journey-of-the-child.docx"), strings.Replace(journeyMD,
		"The assessment brought three services together.", "The assessment brought four services together.\n\n"+
			"Robin's plan is on [the board's website](https://riverside-lscb.example.org/plan).[^plan]\n\n"+
			"![A second fictional chart of early help cases]("+chart+")\n\n[^plan]: The plan is fictional too.\n", 1))
	writeFile(t, filepath.Join(chapters, "conclusions.md"), conclusions)

	out, errOut, code := runCLI(t, dir, "update", edited)
	if code != 0 {
		t.Fatalf("update: exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"1 Introduction from the Independent Chair: chapter changed: 1 changed block(s); 1 also edited",
		"4 The Journey of the Child: chapter changed: 1 changed", "12 Conclusions: chapter arrived: ", "Northgate Police: unchanged"} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "3 Context") {
		t.Errorf("an unchanged chapter is listed as changed:\n%s", out)
	}
	updated, _ := filepath.Glob(filepath.Join(dir, "output", "*-updated-*.docx"))
	if len(updated) != 1 {
		t.Fatalf("want one updated draft, got %v", updated)
	}
	page := string(readFile(t, strings.TrimSuffix(updated[0], ".docx")+".html"))
	if !strings.Contains(page, "The chapter's text now:") || !strings.Contains(page, "Independent Chair of the board (fictional)") {
		t.Error("the review page does not list the chapter's changed blocks")
	}
	data := readFile(t, updated[0])
	doc := string(zipPart(t, data, "word/document.xml"))
	introPart := partXML(t, doc, "1 Introduction from the Independent Chair")
	if !ourChange("ins", "of the board").MatchString(introPart) {
		t.Error("the introduction's changed signature is not a tracked insertion by reportpipe in its part")
	}
	journey := partXML(t, doc, "4 The Journey of the Child")
	if !ourChange("del", "three").MatchString(journey) || !ourChange("ins", "four").MatchString(journey) {
		t.Error("the journey's changed figure is not one tracked deletion and insertion by reportpipe in its part")
	}
	checkCarried(t, data, journey)
	late := partXML(t, doc, "12 Conclusions")
	if !ourChange("del", "This chapter is awaited").MatchString(late) || !ourChange("ins", "The partnership ends the year stronger").MatchString(late) {
		t.Error("the late conclusions do not replace the awaited line as tracked changes in their part")
	}
	// The reviewer's edits stay: the statement's reworded paragraph and comment, and
	// the introduction's edited paragraph, beside which the chair's new one is offered.
	if !strings.Contains(doc, "with about 420 staff") || !strings.Contains(introPart, "annual report for 2025-26.") {
		t.Error("a reviewer's edit is gone")
	}
	if !ourChange("ins", "Welcome to the Riverside board").MatchString(introPart) {
		t.Error("the chair's changed paragraph the reviewer had edited is not offered as a tracked insertion")
	}
	comments := plainText(string(zipPart(t, data, "word/comments.xml")))
	if !strings.Contains(comments, "Check these numbers with the agency.") || !strings.Contains(comments, "The chapter's author changed the paragraph above") {
		t.Errorf("the reviewer's comment is gone, or the clash has no comment:\n%s", comments)
	}
	accepted := plainText(string(testutil.ResolveChanges([]byte(doc), "reportpipe", true)))
	for _, want := range []string{"Independent Chair of the board (fictional)", "brought four services together", "Transition to adulthood"} {
		if !strings.Contains(accepted, want) {
			t.Errorf("after accepting all, %q is missing", want)
		}
	}
	pdf := libreOffice(t, data, "pdf")
	if got := pdfText(t, pdf); !strings.Contains(got, "The plan is fictional too.") {
		t.Errorf("LibreOffice's PDF of the updated draft lacks the inserted paragraph's footnote:\n%s", got)
	}
}

// checkCarried: the new paragraph's link, footnote and picture refer to
// a relationship, a footnote and an image part the updated draft has.
func checkCarried(t *testing.T, data []byte, journey string) {
	t.Helper()
	rels := string(zipPart(t, data, "word/_rels/document.xml.rels"))
	link := regexp.MustCompile(`<w:hyperlink r:id="([^"]+)"`).FindStringSubmatch(journey) // the chapter's only link
	if link == nil || !regexp.MustCompile(`Id="`+regexp.QuoteMeta(link[1])+`"[^>]*Target="https://riverside-lscb.example.org/plan"`).MatchString(rels) {
		t.Errorf("the inserted link has no relationship to its address (%v)", link)
	}
	pics := regexp.MustCompile(`r:embed="([^"]+)"`).FindAllStringSubmatch(journey, -1)
	if len(pics) < 2 {
		t.Fatalf("the journey has %d pictures, want its chart and the new one", len(pics))
	}
	for _, p := range pics {
		target := regexp.MustCompile(`Id="` + regexp.QuoteMeta(p[1]) + `"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="` + regexp.QuoteMeta(p[1]) + `"`).FindStringSubmatch(rels)
		if target == nil {
			t.Errorf("picture %s has no relationship", p[1])
			continue
		}
		if _, ok := testutil.ZipPart(t, data, "word/"+target[1]+target[2]); !ok {
			t.Errorf("picture %s's part %s is not in the package", p[1], target[1]+target[2])
		}
	}
}

// pdfText is a PDF's text by pdftotext; skips without it.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	in := filepath.Join(t.TempDir(), "in.pdf")
	writeFile(t, in, pdf)
	out, err := exec.Command("pdftotext", in, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// journeySource is the example journey chapter's Markdown, its chart
// named by its full path so pandoc finds it from anywhere.
func journeySource(t *testing.T) string {
	t.Helper()
	src := filepath.Join(testutil.RepoRoot(t), "examples", "src", "chapters")
	md := string(readFile(t, filepath.Join(src, "journey-of-the-child.md")))
	return strings.Replace(md, "(chart.png)", "("+filepath.Join(src, "chart.png")+")", 1)
}

// reviewerEditsIntroduction rewords the introduction's first paragraph,
// in the draft's own XML, as Word would save it.
func reviewerEditsIntroduction(t *testing.T, draft []byte) []byte {
	t.Helper()
	doc := string(zipPart(t, draft, "word/document.xml"))
	edited := strings.Replace(doc, "Welcome to the Riverside board's annual report.", "Welcome to the Riverside board's annual report for 2025-26.", 1)
	if edited == doc {
		t.Fatal("the draft lacks the introduction's first paragraph")
	}
	return replaceParts(t, draft, map[string]string{"word/document.xml": edited})
}

// partXML is the document XML of the part whose Heading 1 reads heading:
// from that heading's paragraph to the next Heading 1 (the last such
// paragraph, as the contents' lines come first).
func partXML(t *testing.T, doc, heading string) string {
	t.Helper()
	paras := regexp.MustCompile(`(?s)<w:p[ >].*?</w:p>`).FindAllStringIndex(doc, -1)
	start := -1
	for _, p := range paras {
		s := doc[p[0]:p[1]]
		if !strings.Contains(s, `w:val="Heading1"`) {
			continue
		}
		switch {
		case plainText(s) == heading:
			start = p[1]
		case start >= 0:
			return doc[start:p[0]]
		}
	}
	if start < 0 {
		t.Fatalf("no part headed %q", heading)
	}
	return doc[start:]
}

// plainText is the text of WordprocessingML's w:t elements, joined (a
// paragraph's runs may be split anywhere).
func plainText(xml string) string {
	var b strings.Builder
	for _, m := range regexp.MustCompile(`<w:t(?: [^>]*)?>([^<]*)</w:t>`).FindAllStringSubmatch(xml, -1) {
		b.WriteString(html.UnescapeString(m[1]))
	}
	return b.String()
}
