package docx

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/docxtext"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

var (
	headingRe  = regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="Heading([12])"/>.*?</w:p>`)
	bookmarkRe = regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"/>`)
	anchorRe   = regexp.MustCompile(`<w:hyperlink w:anchor="(_Toc\d+)"`)
	tagRe      = regexp.MustCompile(`<[^>]+>`)
)

// withAwaited is the small fixture with an agency whose statement has not
// arrived, numbered between the two that have.
func withAwaited() *model.Report {
	r := fixture.Small()
	r.Statements[1].Number = "7.3"
	r.Awaited = []model.Awaited{{Agency: "Westmoor Borough Police", Number: "7.2"}}
	return r
}

// headingsWritten reads the Heading 1 and 2 paragraphs of document.xml back
// as contents lines, with the bookmark each carries.
func headingsWritten(doc string) (lines []tocEntry, marks []string) {
	for _, m := range headingRe.FindAllStringSubmatch(doc, -1) {
		lines = append(lines, tocEntry{level: int(m[1][0] - '0'), text: tagRe.ReplaceAllString(m[0], "")})
		if b := bookmarkRe.FindStringSubmatch(m[0]); b != nil {
			marks = append(marks, b[1])
		}
	}
	return lines, marks
}

// The contents lists exactly the Heading 1 and 2 paragraphs the document
// holds, in order (so Word's update changes nothing but the page numbers),
// and each line links to the bookmark on its heading.
func TestContentsMatchesTheHeadings(t *testing.T) {
	for i, final := range []bool{false, true, false, true} {
		r := withAwaited()
		if i >= 2 { // the whole report, from an outline
			r = outlined()
		}
		rd := New(Options{Final: final})
		xml, err := rd.DocumentXML(r)
		if err != nil {
			t.Fatal(err)
		}
		doc := string(xml)
		w, _, _ := rd.newWriter(r)
		want := w.outline()
		got, marks := headingsWritten(doc)
		if !slices.Equal(got, want) {
			t.Errorf("final=%v: headings written\n%v\nbut the contents lists\n%v", final, got, want)
		}
		var anchors []string
		contents := doc[:strings.Index(doc, `<w:pStyle w:val="Heading1"/>`)] // the citations link to headings too
		for _, m := range anchorRe.FindAllStringSubmatch(contents, -1) {
			anchors = append(anchors, m[1])
		}
		if !slices.Equal(anchors, marks) || len(anchors) != len(want) {
			t.Errorf("final=%v: contents links %v, heading bookmarks %v", final, anchors, marks)
		}
		if strings.Contains(doc, "Right-click to update") {
			t.Errorf("final=%v: the contents shows the placeholder, not its lines", final)
		}
	}
}

// The contents lists the parts and agencies, the awaited one in its place,
// but not the template headings under each agency.
func TestContentsCoversPartsAndAgencies(t *testing.T) {
	w, _, _ := New(Options{}).newWriter(withAwaited())
	var lines []string
	for _, e := range w.outline() {
		lines = append(lines, e.text)
	}
	for _, want := range [][]string{
		{"7 Partner Agency Annual Statements", "7.1 Riverside Community Health Trust", "7.2 Westmoor Borough Police", "7.3 Harbour Fire and Rescue Service", "Analysis"},
	} {
		if !slices.Equal(lines[:len(want)], want) {
			t.Errorf("contents starts %q, want %q", lines[:len(want)], want)
		}
	}
	if slices.Contains(lines, "Agency Context") || slices.Contains(lines, "Key Successes") {
		t.Errorf("contents lists template headings: %q", lines)
	}
}

// TestLibreOfficeShowsTheContents opens the draft in LibreOffice, which
// shows a TOC field's result as it is: the contents page must list Part 7
// and every agency before the part itself begins.
func TestLibreOfficeShowsTheContents(t *testing.T) {
	r := withAwaited()
	text := pdfText(t, render(t, r))
	want := []string{"Contents", "7 Partner Agency Annual Statements"}
	for _, s := range r.Statements {
		want = append(want, s.Number+" "+s.Agency)
	}
	want = slices.Insert(want, 3, "7.2 Westmoor Borough Police")
	want = append(want, "7 Partner Agency Annual Statements", "7.1 Riverside Community Health Trust")
	if miss := docxtext.InOrder(text, want); miss != "" {
		t.Fatalf("%q not found in order: the contents does not show Part 7 and every agency before the part", miss)
	}
}

// Given the pages of a rendering, each contents line ends in a dotted tab
// and its number; a line without a page (0) has neither.
func TestContentsPageNumbers(t *testing.T) {
	r := withAwaited()
	rd := New(Options{Final: true})
	lines, err := rd.Contents(r)
	if err != nil || len(lines) < 4 || lines[1] != "7.1 Riverside Community Health Trust" {
		t.Fatalf("contents %q (%v)", lines, err)
	}
	pages := make([]int, len(lines))
	pages[1], pages[2] = 3, 17
	xml, err := New(Options{Final: true, ContentsPages: pages}).DocumentXML(r)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(xml)
	for _, want := range []string{
		`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9026"/></w:tabs>`,
		`>7.1 Riverside Community Health Trust</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">3</w:t></w:r></w:hyperlink>`,
		`>7.2 Westmoor Borough Police</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">17</w:t></w:r></w:hyperlink>`,
		`>7 Partner Agency Annual Statements</w:t></w:r></w:hyperlink>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if n := strings.Count(doc, `w:leader="dot"`); n != 2 {
		t.Errorf("%d dotted tabs, want one per numbered line (2)", n)
	}
}
