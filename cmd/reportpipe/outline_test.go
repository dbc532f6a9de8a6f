package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/reportpipe/reportpipe/internal/office"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/extract/markdown"
	"github.com/reportpipe/reportpipe/pipeline/extract/odt"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// outlineJSON is what these tests read of the JSON output.
type outlineJSON struct {
	Statements []struct {
		Agency, Number string
	} `json:"statements"`
	Awaited []struct{ Agency, Number string } `json:"awaited"`
	Parts   []struct {
		Kind, Number, Heading, File string
		Received                    bool
		Table                       *model.DataTable
	} `json:"parts"`
}

// wholeWorkspace is the example workspace (init --example: the outline,
// its chapters and tables) with two statements, one holding a chart with
// alternative text, and the finance table as a workbook made by excelize.
func wholeWorkspace(t *testing.T) string {
	t.Helper()
	dir := newWorkspace(t)
	chart := filepath.Join(testutil.RepoRoot(t), "examples", "src", "chapters", "chart.png")
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"),
		strings.Replace(statementMD("Northgate Police"), "We trained 380 staff",
			"Before the chart.\n\n![Northgate Police referrals by quarter, rising each quarter]("+chart+")\n\nAfter the chart.\n\nWe trained 380 staff", 1))
	writeDocx(t, filepath.Join(subs, "Westbrook College statement.docx"), statementMD("Westbrook College"))
	f := excelize.NewFile()
	rows := [][]any{{"Partner", "Contribution"}, {"Riverside Council", "£62,500.00"}, {"Northgate Police", "£25,000.00"},
		{"Riverside Community Health", "£37,500.50"}, {"Total", ""}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(filepath.Join(dir, "chapters", "finance.xlsx")); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "reportpipe.yaml")
	cfg, _ := os.ReadFile(cfgPath)
	cfg = bytes.Replace(cfg, []byte("file: finance.csv"), []byte("file: finance.xlsx"), 1)
	if err := os.WriteFile(cfgPath, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runWhole runs the binary and returns the newest draft's DOCX path and JSON.
func runWhole(t *testing.T, dir string) (string, outlineJSON) {
	t.Helper()
	if out, errOut, code := runCLI(t, dir, "run"); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	ms, _ := filepath.Glob(filepath.Join(dir, "output", "*-draft-*.json"))
	if len(ms) == 0 {
		t.Fatal("no JSON draft")
	}
	last := ms[len(ms)-1]
	return strings.TrimSuffix(last, ".json") + ".docx", readJSON[outlineJSON](t, last)
}

// TestWholeReport: after a run, every chapter word is in the draft once,
// in its part and in order; the pictures (a chapter's, a statement's) are
// in the DOCX with their alternative text, the statement's where it
// stands; the table totals are right; and the whole report converts with
// LibreOffice, whose PDF numbers the lists as the source chapter's does.
func TestWholeReport(t *testing.T) {
	dir := wholeWorkspace(t)
	path, rep := runWhole(t, dir)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := testutil.ZipPart(t, data, "word/document.xml")
	for _, alt := range []string{`descr="Referrals to the front door by month, April to March`, `descr="Northgate Police referrals by quarter, rising each quarter"`} {
		if !bytes.Contains(body, []byte(alt)) {
			t.Errorf("the draft lacks the picture %s", alt)
		}
	}
	before, pic, after := bytes.Index(body, []byte("Before the chart.")), bytes.Index(body, []byte(`descr="Northgate Police`)), bytes.Index(body, []byte("After the chart."))
	if before < 0 || !(before < pic && pic < after) {
		t.Errorf("the statement's chart is not where it stands (%d, %d, %d)", before, pic, after)
	}
	if _, ok := testutil.ZipPart(t, data, "word/media/image1.png"); !ok {
		t.Error("no picture in word/media")
	}
	checkChapterWords(t, data, dir)
	checkTotals(t, rep)
	checkListNumbersInPDF(t, path, filepath.Join(dir, "chapters", "journey-of-the-child.docx"), filepath.Join(dir, "chapters", "learning-from-reviews.odt"))
}

// checkChapterWords reads the draft back and compares, for each chapter,
// the words between its part heading and the next part with the words of
// the chapter as its own reader reads it.
func checkChapterWords(t *testing.T, draft []byte, dir string) {
	t.Helper()
	checkPartWords(t, draft, dir, map[string]string{
		"1 Introduction from the Independent Chair": "introduction.md",
		"4 The Journey of the Child":                "journey-of-the-child.docx",
		"8 Learning from Reviews":                   "learning-from-reviews.odt",
	})
}

// checkPartWords is checkChapterWords for the chapters given, by their
// part headings.
func checkPartWords(t *testing.T, draft []byte, dir string, files map[string]string) {
	t.Helper()
	doc, err := docx.New(extract.DefaultLimits).Extract(context.Background(), draft)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for heading, file := range files {
		src, err := os.ReadFile(filepath.Join(dir, "chapters", file))
		if err != nil {
			t.Fatal(err)
		}
		var chapter *model.Document
		switch filepath.Ext(file) {
		case ".md":
			chapter, err = markdown.New(markdown.Options{}).Extract(ctx, src)
		case ".docx":
			chapter, err = docx.New(extract.DefaultLimits).Extract(ctx, src)
		default:
			chapter, err = odt.New(extract.DefaultLimits).Extract(ctx, src)
		}
		if err != nil {
			t.Fatal(err)
		}
		body := chapter.Blocks
		if h, ok := body[0].(*model.Heading); ok && strings.HasSuffix(heading, " "+h.Text) {
			body = body[1:] // the first heading is the chapter's title: the part's heading
		}
		want := words(body)
		got := words(partBlocks(doc.Blocks, heading))
		if got != want {
			t.Errorf("%s: the draft's words are not the chapter's, once and in order\n got %s\nwant %s", file, got, want)
		}
		t.Logf("%s: %d words, %d blocks, once and in order in %q", file, len(strings.Fields(want)), len(chapter.Blocks), heading)
	}
}

// partBlocks are the blocks after the Heading 1 text heading, to the next Heading 1.
func partBlocks(blocks []model.Block, heading string) []model.Block {
	for i, b := range blocks {
		if h, ok := b.(*model.Heading); ok && h.Level == 1 && h.Text == heading {
			for j := i + 1; j < len(blocks); j++ {
				if h, ok := blocks[j].(*model.Heading); ok && h.Level == 1 {
					return blocks[i+1 : j]
				}
			}
			return blocks[i+1:]
		}
	}
	return nil
}

func words(blocks []model.Block) string {
	var out []string
	for _, b := range blocks {
		out = append(out, strings.Fields(b.PlainText())...)
	}
	return strings.Join(out, " ")
}

func checkTotals(t *testing.T, rep outlineJSON) {
	t.Helper()
	totals := map[string]string{}
	for _, p := range rep.Parts {
		if p.Table != nil {
			totals[p.Heading] = strings.Join(p.Table.Totals, "|")
		}
	}
	if got := totals["9 Financial Report"]; got != "Total|£125,000.50" {
		t.Errorf("finance totals %q", got)
	}
	if got := totals["10 Board Membership and Attendance"]; got != "Total||3|3|3|4" {
		t.Errorf("attendance totals %q", got)
	}
}

// checkListNumbersInPDF renders the source chapter and the whole report
// with LibreOffice and reads both with pdftotext: each numbered item has
// the same number in the report as in the source (1, 2, 3, and the second
// list restarting at 1).
func checkListNumbersInPDF(t *testing.T, report string, sources ...string) {
	t.Helper()
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: skipping the PDF check", tool)
		}
	}
	got := numberedItems(t, report)
	// The Markdown chapter's list, as Markdown numbers it.
	want := map[string]string{"Neglect and its early signs.": "1", "Children missing from educat": "2", "The voice of the child in eve": "3"}
	for _, source := range sources {
		src := numberedItems(t, source)
		if len(src) < 3 {
			t.Fatalf("the source chapter's PDF shows %d numbered items: %v", len(src), src)
		}
		for text, n := range src {
			want[text] = n
		}
		t.Logf("%s: %d numbered items in LibreOffice's PDF of the source", filepath.Base(source), len(src))
	}
	for text, n := range want {
		if g := lookup(got, text); g != n {
			t.Errorf("item %q is numbered %q in the report, %q in the source", text, g, n)
		}
	}
	t.Logf("%d numbered items read with the same numbers in the report's PDF as in their sources", len(want))
}

// lookup is the number of the item whose text starts as text does.
func lookup(items map[string]string, text string) string {
	for k, n := range items {
		if strings.HasPrefix(k, text) || strings.HasPrefix(text, k) {
			return n
		}
	}
	return ""
}

var numbered = regexp.MustCompile(`(?m)^\s*(\d+)\.\s+(\S.{0,30})`)

// numberedItems converts a DOCX to PDF and returns each numbered line's
// number by the start of its text.
func numberedItems(t *testing.T, docxPath string) map[string]string {
	t.Helper()
	out := t.TempDir()
	if err := office.Convert(context.Background(), docxPath, "pdf", out, filepath.Join(out, "profile"), 3*time.Minute); err != nil {
		t.Fatalf("LibreOffice cannot convert %s: %v", filepath.Base(docxPath), err)
	}
	pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(docxPath), filepath.Ext(docxPath))+".pdf")
	text, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	items := map[string]string{}
	for _, m := range numbered.FindAllStringSubmatch(string(text), -1) {
		items[m[2]] = m[1]
	}
	return items
}

// TestPartNumbersStayWhenAChapterIsLate: with a chapter missing, every
// part and statement keeps the number it has once the chapter arrives;
// the late chapter's part says it is awaited, then holds the chapter.
func TestPartNumbersStayWhenAChapterIsLate(t *testing.T) {
	dir := newWorkspace(t)
	writeDocx(t, filepath.Join(dir, "submissions", "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	late := filepath.Join(dir, "chapters", "context.md")
	text, err := os.ReadFile(late)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(late); err != nil {
		t.Fatal(err)
	}
	_, before := runWhole(t, dir)
	if err := os.WriteFile(late, text, 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // a new draft's name has a new second
	_, after := runWhole(t, dir)
	if a, b := numbersOf(before), numbersOf(after); a != b {
		t.Errorf("numbers moved when the chapter arrived:\nbefore %s\nafter  %s", a, b)
	}
	for i, p := range after.Parts {
		if p.File == "context.md" && (before.Parts[i].Received || !p.Received) {
			t.Errorf("context.md: received before %t, after %t", before.Parts[i].Received, p.Received)
		}
	}
}

func numbersOf(r outlineJSON) string {
	var out []string
	for _, p := range r.Parts {
		out = append(out, p.Heading)
	}
	for _, s := range r.Statements {
		out = append(out, s.Number+" "+s.Agency)
	}
	for _, a := range r.Awaited {
		out = append(out, a.Number+" "+a.Agency)
	}
	return strings.Join(out, "|")
}

// TestWatchRebuildsWhenAChapterIsSaved: saving a chapter of the outline
// makes a new draft that holds it, as a statement arriving does.
func TestWatchRebuildsWhenAChapterIsSaved(t *testing.T) {
	dir := newWorkspace(t)
	writeDocx(t, filepath.Join(dir, "submissions", "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	out := startWatchCLI(t, dir)
	waitUntil(t, "the first draft", func() bool { return drafts(t, dir) >= 1 && strings.Contains(out.String(), "Watching") })
	first := drafts(t, dir)
	chapter := filepath.Join(dir, "chapters", "conclusions.md")
	text, err := os.ReadFile(chapter)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // a new draft's name has a new second
	edited := string(text) + "\nThe board thanks every partner for a fictional year's work.\n"
	if err := os.WriteFile(chapter, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "a rebuild after the chapter was saved", func() bool { return drafts(t, dir) > first })
	ms, _ := filepath.Glob(filepath.Join(dir, "output", "*-draft-*.md"))
	md, _ := os.ReadFile(ms[len(ms)-1])
	if !strings.Contains(string(md), "The board thanks every partner for a fictional year") {
		t.Errorf("the new draft lacks the chapter's new sentence:\n%s", out.String())
	}
}
