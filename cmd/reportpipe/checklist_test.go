package main

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// checklistConfig is a fictional board's whole report: a Markdown
// introduction, a DOCX chapter (made by pandoc), the statements, an
// awaited chapter that covers practice reviews, and the analysis.
const checklistConfig = `report:
  board: Northgate Safeguarding Children Board
  title: Annual Report 2025/26
  period: 2025/26
agencies:
  - name: Westbrook College
outline:
  - {part: chapter, title: Introduction from the Chair, file: introduction.md}
  - {part: chapter, title: The Voice of Children, file: voice.docx}
  - {part: statements}
  - {part: chapter, title: Learning from Reviews, file: reviews.md, covers: [practice_reviews]}
  - {part: analysis}
`

// The chapters' sentences that meet the checklist (no statement meets
// feedback or effectiveness: statementMD says nothing of either).
const (
	voiceQuote = "Our youth council met the board three times, and children told us that our letters were hard to read."
	introQuote = "The audit found that the new front door was effective for families."
)

// checklistWorkspace writes the workspace; with outline false the config
// has no outline (and the chapters are not read).
func checklistWorkspace(t *testing.T, outline bool) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"submissions", "chapters", "output"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cfg := checklistConfig
	if !outline {
		cfg = cfg[:strings.Index(cfg, "outline:")]
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("reportpipe.yaml", cfg)
	write("chapters/introduction.md", "# Introduction from the Chair\n\nThis fictional year was the board's second.\n\n"+introQuote+"\n")
	writeDocx(t, filepath.Join(dir, "chapters", "voice.docx"), "# The Voice of Children\n\nThe board listens in many ways.\n\n"+
		"- Visits to schools\n\n## What children said\n\n"+voiceQuote+"\n")
	writeDocx(t, filepath.Join(dir, "submissions", "Westbrook College statement.docx"), statementMD("Westbrook College"))
	return dir
}

// checklistJSON is what these tests read of the JSON draft.
type checklistJSON struct {
	Analysis struct {
		Checklist []struct {
			Key, Title string
			Evidence   []struct {
				Text     string
				Citation struct {
					Agency, File, Chapter string
					Index, Paragraph      int
				}
			}
			Awaited []string
		}
	}
	Parts []struct {
		Title  string
		Blocks []struct{ Text string }
	}
}

// newest returns the newest output file matching pattern.
func newest(t *testing.T, dir, pattern string) string {
	t.Helper()
	ms, _ := filepath.Glob(filepath.Join(dir, "output", pattern))
	if len(ms) == 0 {
		t.Fatalf("no %s in the output", pattern)
	}
	return ms[len(ms)-1]
}

// TestChecklistOnTheWholeReport: on a fictional whole report, an item met
// only by a board chapter (feedback, in the pandoc DOCX chapter) is found
// and linked to that chapter's paragraph in the JSON, the review page, the
// Markdown, the draft and the version to publish; an item met by nothing
// says "no evidence found", naming the awaited chapter that covers it when
// the outline says so.
func TestChecklistOnTheWholeReport(t *testing.T) {
	dir := checklistWorkspace(t, true)
	if out, errOut, code := runCLI(t, dir, "run", "--final"); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	rep := readJSON[checklistJSON](t, newest(t, dir, "*-draft-*.json"))
	checkChecklistJSON(t, rep)
	checkChecklistHTML(t, newest(t, dir, "*-draft-*.html"))
	md, _ := os.ReadFile(newest(t, dir, "*-draft-*.md"))
	for _, want := range []string{"**How feedback from children and families was used:** The Voice of Children, “" + voiceQuote + "” *(The Voice of Children, paragraph 3, voice.docx #",
		"**Actions taken on the recommendations of practice reviews:** no evidence found; the chapter “Learning from Reviews” that may hold it is awaited"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
	draft := newest(t, dir, "*-draft-*[0-9].docx")
	checkChecklistDocx(t, draft, true)
	checkChecklistDocx(t, strings.TrimSuffix(draft, ".docx")+".final.docx", false)
}

func checkChecklistJSON(t *testing.T, rep checklistJSON) {
	t.Helper()
	blocks := map[string][]struct{ Text string }{}
	for _, p := range rep.Parts {
		blocks[p.Title] = p.Blocks
	}
	items := map[string]int{}
	for i, it := range rep.Analysis.Checklist {
		items[it.Key] = i
	}
	fb := rep.Analysis.Checklist[items["feedback"]]
	if len(fb.Evidence) != 1 {
		t.Fatalf("feedback: evidence %+v, want the DOCX chapter's sentence", fb.Evidence)
	}
	c := fb.Evidence[0].Citation
	if fb.Evidence[0].Text != voiceQuote || c.Chapter != "The Voice of Children" || c.Paragraph != 3 || c.Agency != "" || filepath.Base(c.File) != "voice.docx" {
		t.Errorf("feedback: %+v, want the Voice of Children's paragraph 3", fb.Evidence[0])
	}
	if bs := blocks[c.Chapter]; c.Index >= len(bs) || bs[c.Index].Text != voiceQuote {
		t.Errorf("the citation's index %d is not the quoted block of the chapter in parts[]: %+v", c.Index, bs)
	}
	eff := rep.Analysis.Checklist[items["effectiveness"]]
	if len(eff.Evidence) != 1 || eff.Evidence[0].Citation.Chapter != "Introduction from the Chair" || eff.Evidence[0].Citation.Paragraph != 2 {
		t.Errorf("effectiveness: %+v, want the Markdown introduction's paragraph 2", eff.Evidence)
	}
	pr := rep.Analysis.Checklist[items["practice_reviews"]]
	if len(pr.Evidence) != 0 || strings.Join(pr.Awaited, "|") != "Learning from Reviews" {
		t.Errorf("practice_reviews: %+v, want no evidence and Learning from Reviews awaited", pr)
	}
	if lp := rep.Analysis.Checklist[items["little_progress"]]; len(lp.Evidence) != 0 || len(lp.Awaited) != 0 {
		t.Errorf("little_progress: %+v, want no evidence and no chapter named", lp)
	}
}

// checkChecklistHTML: the finding's citation links to the chapter line
// that holds the quote on the review page.
func checkChecklistHTML(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(data))
	m := regexp.MustCompile(`<b>How feedback from children and families was used:</b> The Voice of Children, “[^<]*” <span class="meta">\[<a href="#([^"]+)">The Voice of Children, paragraph 3, voice.docx #\d+</a>\]`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the review page's checklist does not link the chapter's evidence to its paragraph")
	}
	target := regexp.MustCompile(`id="` + regexp.QuoteMeta(m[1]) + `"[^>]*>([^<]*)<`).FindStringSubmatch(page)
	if target == nil || target[1] != voiceQuote {
		t.Errorf("the link #%s leads to %q, want the quoted paragraph", m[1], target)
	}
	if !strings.Contains(page, "<b>Actions taken on the recommendations of practice reviews:</b> no evidence found; the chapter “Learning from Reviews” that may hold it is awaited") {
		t.Error("the review page does not say the practice reviews chapter is awaited")
	}
}

var (
	ckPara      = regexp.MustCompile(`(?s)<w:p>.*?</w:p>`)
	ckText      = regexp.MustCompile(`<w:t[^>]*>([^<]*)</w:t>`)
	ckBookmark  = regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/>`)
	ckHyperlink = regexp.MustCompile(`(?s)<w:hyperlink w:anchor="([^"]+)"[^>]*>(.*?)</w:hyperlink>`)
)

// checkChecklistDocx: in the Word file the checklist line quoting the DOCX
// chapter links ("paragraph 3") to the bookmark on that paragraph; the
// reviewers' evidence appendix is in the draft only.
func checkChecklistDocx(t *testing.T, path string, draft bool) {
	t.Helper()
	doc := docxParts(t, path)["word/document.xml"]
	text := func(xml string) string {
		var b strings.Builder
		for _, m := range ckText.FindAllStringSubmatch(xml, -1) {
			b.WriteString(html.UnescapeString(m[1]))
		}
		return b.String()
	}
	marked := map[string]string{} // bookmark name → its paragraph's text
	anchor := ""
	for _, p := range ckPara.FindAllString(doc, -1) {
		for _, m := range ckBookmark.FindAllStringSubmatch(p, -1) {
			marked[m[1]] = text(p)
		}
		if strings.HasPrefix(text(p), "How feedback from children and families was used: The Voice of Children, “") {
			for _, h := range ckHyperlink.FindAllStringSubmatch(p, -1) {
				if text(h[2]) == "paragraph 3" {
					anchor = h[1]
				}
			}
		}
	}
	name := filepath.Base(path)
	if anchor == "" {
		t.Fatalf("%s: the checklist's chapter evidence has no link named paragraph 3", name)
	}
	if marked[anchor] != voiceQuote {
		t.Errorf("%s: the link %s leads to %q, want the chapter's paragraph", name, anchor, marked[anchor])
	}
	all := text(doc)
	if !strings.Contains(all, "no evidence found; the chapter “Learning from Reviews” that may hold it is awaited") {
		t.Errorf("%s: the awaited chapter is not named", name)
	}
	if got := strings.Contains(all, "Appendix: evidence for the analysis"); got != draft {
		t.Errorf("%s: the evidence appendix present %t, want %t", name, got, draft)
	}
}

// TestChecklistWithoutOutlineAsBefore: the same season without an outline
// scores the statements alone, as before chapters counted: nothing met,
// no chapter named, the headline about the statements.
func TestChecklistWithoutOutlineAsBefore(t *testing.T) {
	dir := checklistWorkspace(t, false)
	if out, errOut, code := runCLI(t, dir, "run"); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	rep := readJSON[checklistJSON](t, newest(t, dir, "*-draft-*.json"))
	if len(rep.Parts) != 0 || len(rep.Analysis.Checklist) != 5 {
		t.Fatalf("%d parts, %d checklist items", len(rep.Parts), len(rep.Analysis.Checklist))
	}
	for _, it := range rep.Analysis.Checklist {
		if len(it.Evidence) != 0 || len(it.Awaited) != 0 {
			t.Errorf("%s: %+v, want no evidence and no chapter", it.Key, it)
		}
	}
	md, _ := os.ReadFile(newest(t, dir, "*-draft-*.md"))
	if !strings.Contains(string(md), "The statements give evidence for 0 of the 5 items") {
		t.Error("the headline no longer speaks of the statements alone")
	}
}
