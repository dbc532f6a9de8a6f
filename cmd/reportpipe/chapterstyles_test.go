package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestChapterStylesMapped: a chapter whose headings and quotations are in
// its author's own named styles (a pandoc DOCX over a house reference
// document, the same saved as ODT by LibreOffice, and a Markdown block
// quote) is printed in the report's styles: its custom headings re-levelled
// under the part heading (Heading 2 and 3), its quotations in the report's
// Quote, its caption in Caption, every word kept; and the draft defines
// those styles as Word styles.
func TestChapterStylesMapped(t *testing.T) {
	dir := newWorkspace(t)
	chapters := filepath.Join(dir, "chapters")
	styled := testutil.StyledChapterDOCX(t)
	writeFile(t, filepath.Join(chapters, "journey-of-the-child.docx"), styled)
	writeFile(t, filepath.Join(chapters, "learning-from-reviews.odt"), testutil.OfficeConvert(t, styled, "odt"))
	intro := filepath.Join(chapters, "introduction.md")
	writeFile(t, intro, append(readFile(t, intro), "\n> Our partners kept the child in view, a fictional parent told the board.\n"...))
	writeDocx(t, filepath.Join(dir, "submissions", "Northgate Police statement.docx"), statementMD("Northgate Police"))
	path, _ := runWhole(t, dir)
	data := readFile(t, path)
	doc := string(zipPart(t, data, "word/document.xml"))
	for _, heading := range []string{"4 The Journey of the Child", "8 Learning from Reviews"} {
		part := partXML(t, doc, heading)
		for text, style := range map[string]string{
			"What happened first": "Heading2", "The first weeks": "Heading3",
			"Robin said the family worker listened": "Quote", "Every partner saw Robin": "Quote",
			"Contacts by service in the fictional year": "Caption", "A teacher at Westbrook College": "",
		} {
			if got := paraStyleOf(part, text); got != style {
				t.Errorf("%s: %q is in style %q, want %q", heading, text, got, style)
			}
		}
	}
	if got := paraStyleOf(partXML(t, doc, "1 Introduction from the Independent Chair"), "Our partners kept the child in view"); got != "Quote" {
		t.Errorf("the Markdown block quote is in style %q, want Quote", got)
	}
	styles := string(zipPart(t, data, "word/styles.xml"))
	for _, id := range []string{"Quote", "Caption", "Heading2", "Heading3"} {
		if !regexp.MustCompile(`<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="[^"]+"/>`).MatchString(styles) {
			t.Errorf("the draft does not define the paragraph style %s", id)
		}
	}
	stem := strings.TrimSuffix(path, ".docx")
	if md := string(readFile(t, stem+".md")); !strings.Contains(md, "\n> Every partner saw Robin, not only the lateness.") {
		t.Error("the Markdown draft does not keep the quotation a block quote")
	}
	if page := readFile(t, stem+".html"); !regexp.MustCompile(`<blockquote [^>]*class="text">Every partner saw Robin`).Match(page) {
		t.Error("the review page does not show the quotation as one")
	}
	if js := readFile(t, stem+".json"); !regexp.MustCompile(`"text":\s*"Every partner saw Robin, not only the lateness.",\s*"style":\s*"quote"`).Match(js) {
		t.Error("the JSON does not say the paragraph is a quotation")
	}
	checkPartWords(t, data, dir, map[string]string{
		"1 Introduction from the Independent Chair": "introduction.md",
		"4 The Journey of the Child":                "journey-of-the-child.docx",
		"8 Learning from Reviews":                   "learning-from-reviews.odt",
	})
}

// paraStyleOf is the pStyle of the paragraph of xml whose text starts
// with text ("" for none, "?" when there is no such paragraph).
func paraStyleOf(xml, text string) string {
	for _, p := range regexp.MustCompile(`(?s)<w:p[ >].*?</w:p>`).FindAllString(xml, -1) {
		if !strings.HasPrefix(plainText(p), text) {
			continue
		}
		if m := regexp.MustCompile(`<w:pStyle w:val="([^"]+)"`).FindStringSubmatch(p); m != nil {
			return m[1]
		}
		return ""
	}
	return "?"
}
