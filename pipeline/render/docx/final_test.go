package docx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// The version to publish keeps every block (the unplaced one too) but no
// comment, source line, files appendix, reviewers' analysis, model draft
// or draft mark; its extension sets it beside the draft.
func TestFinalLeavesOutTheReviewFurniture(t *testing.T) {
	rd := New(Options{Final: true})
	if rd.Ext() != "final.docx" {
		t.Errorf("Ext %q, want final.docx", rd.Ext())
	}
	var buf bytes.Buffer
	if err := rd.Render(&buf, fixture.Small()); err != nil {
		t.Fatal(err)
	}
	parts := unzip(t, buf.Bytes())
	if _, ok := parts["word/comments.xml"]; ok {
		t.Error("word/comments.xml in the version to publish")
	}
	doc := string(parts["word/document.xml"])
	for _, gone := range []string{"w:comment", "Source: ", "Appendix: submissions not used", "possible personal data", "Draft notes", "Draft generated"} {
		if strings.Contains(doc, gone) {
			t.Errorf("the version to publish holds %q", gone)
		}
	}
	for _, kept := range []string{"Station open day photographs are held by the communications team.", "Appendix: text not placed in a section", "Training compliance"} {
		if !strings.Contains(doc, kept) {
			t.Errorf("the version to publish lost %q", kept)
		}
	}
	if h := string(parts["word/header1.xml"]); strings.Contains(h, "DRAFT") || !strings.Contains(h, "Annual Report") {
		t.Errorf("header %q: want the title without DRAFT", h)
	}
}

// The version to publish keeps the board's analysis (each part's finding,
// the quoted evidence, the figures) and none of the reviewers' working
// tables: no word counts, no keyword census, no evidence appendix. The
// draft keeps them, in its appendix after the analysis.
func TestFinalHasNoInternalTables(t *testing.T) {
	internal := []string{"Completeness of statements", "thin, 18 words", "52 words", "Cross-cutting themes",
		"Appendix: evidence for the analysis", "Neglect: Riverside Community Health Trust", "text carried over from last year",
		"Evidence of impact", "the outcomes section has 10 words"}
	board := []string{"Progress against last year", "Of 3 areas for development that 2 partners named last year, 1 shows progress",
		"Impact of each partner", "What the yearly report is expected to show", "no evidence found",
		"Figures the statements give", "Training (PREVENT) 77%", "“Crews made 96 safeguarding referrals after home fire safety visits.”"}
	var draft, final bytes.Buffer
	if err := New(Options{}).Render(&draft, fixture.Board()); err != nil {
		t.Fatal(err)
	}
	if err := New(Options{Final: true}).Render(&final, fixture.Board()); err != nil {
		t.Fatal(err)
	}
	d := strings.Join(bodyText(t, unzip(t, draft.Bytes())["word/document.xml"]), "\n")
	f := strings.Join(bodyText(t, unzip(t, final.Bytes())["word/document.xml"]), "\n")
	for _, s := range internal {
		if strings.Contains(f, s) {
			t.Errorf("the version to publish holds the working table text %q", s)
		}
		if !strings.Contains(d, s) {
			t.Errorf("the draft lost %q", s)
		}
	}
	for _, s := range board {
		if !strings.Contains(f, s) || !strings.Contains(d, s) {
			t.Errorf("%q missing from the draft or the version to publish", s)
		}
	}
	// In the draft the working tables come after the board's analysis.
	if strings.Index(d, "Completeness of statements") < strings.Index(d, "Appendix: evidence for the analysis") {
		t.Error("the word-count table is in the draft's analysis, not its appendix")
	}
}
