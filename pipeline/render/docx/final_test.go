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
	for _, kept := range []string{"Station open day photographs are held by the communications team.", "Appendix: text not placed in a section", "Completeness of statements"} {
		if !strings.Contains(doc, kept) {
			t.Errorf("the version to publish lost %q", kept)
		}
	}
	if h := string(parts["word/header1.xml"]); strings.Contains(h, "DRAFT") || !strings.Contains(h, "Annual Report") {
		t.Errorf("header %q: want the title without DRAFT", h)
	}
}
