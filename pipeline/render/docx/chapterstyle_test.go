package docx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/templates"
)

// TestChapterParagraphStyles: a chapter's quotation, caption and
// unnumbered List Paragraph print in the report's Quote, Caption and List
// Paragraph, body text in Normal; a board's reference document without a
// Quote style gets the built-in one, so the draft defines every style it
// uses.
func TestChapterParagraphStyles(t *testing.T) {
	r := outlined()
	doc := r.Parts[3].Document
	doc.Blocks = append(doc.Blocks,
		&model.Paragraph{Text: "Robin said the worker listened.", Style: model.StyleQuote},
		&model.Paragraph{Text: "Figure 1: referrals by month", Style: model.StyleCaption},
		&model.Paragraph{Text: "An indented note.", Style: model.StyleIndented},
		&model.Paragraph{Text: "Plain body text."})
	base, err := loadReference(templates.ReportDOCX)
	if err != nil {
		t.Fatal(err)
	}
	styles := strings.Replace(string(base.styles), string(styleElement(base.styles, "Quote")), "", 1)
	var buf bytes.Buffer
	if err := New(Options{Reference: zipOf(t, map[string]string{"word/styles.xml": styles})}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	parts := unzip(t, buf.Bytes())
	body := string(parts["word/document.xml"])
	for text, style := range map[string]string{"Robin said the worker listened.": "Quote", "Figure 1: referrals by month": "Caption",
		"An indented note.": "ListParagraph", "Plain body text.": ""} {
		got := "?"
		for _, p := range regexp.MustCompile(`(?s)<w:p>.*?</w:p>`).FindAllString(body, -1) {
			if strings.Contains(p, ">"+text+"<") {
				got = ""
				if m := regexp.MustCompile(`<w:pStyle w:val="([^"]+)"/>`).FindStringSubmatch(p); m != nil {
					got = m[1]
				}
			}
		}
		if got != style {
			t.Errorf("%q: style %q, want %q", text, got, style)
		}
	}
	if !strings.Contains(string(parts["word/styles.xml"]), `w:styleId="Quote"><w:name w:val="Quote"/>`) {
		t.Error("the Quote style the reference lacks was not added")
	}
}
