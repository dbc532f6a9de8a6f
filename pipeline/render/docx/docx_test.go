package docx

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
	"github.com/reportpipe/reportpipe/templates"
)

func render(t *testing.T, r *model.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDocumentXMLGolden(t *testing.T) {
	parts := unzip(t, render(t, fixture.Small()))
	got := pretty(t, parts["word/document.xml"])
	golden := filepath.Join("testdata", "small.document.xml.golden")
	testutil.Golden(t, golden, []byte(got))
}

func TestEveryPartWellFormed(t *testing.T) {
	parts := unzip(t, render(t, fixture.Small()))
	for _, name := range []string{
		"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
		"word/styles.xml", "word/numbering.xml", "word/comments.xml", "word/settings.xml", "docProps/core.xml",
		"word/header1.xml", "word/footer1.xml",
	} {
		data, ok := parts[name]
		if !ok {
			t.Errorf("%s missing from the package", name)
			continue
		}
		if err := wellFormed(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if !strings.Contains(string(parts["word/header1.xml"]), "DRAFT for review: Annual Report 2025-26") {
		t.Error("the header does not mark the pages as a draft")
	}
	for _, id := range []string{"rIdHeader1", "rIdFooter1"} {
		if !strings.Contains(string(parts["word/_rels/document.xml.rels"]), `Id="`+id+`"`) ||
			!strings.Contains(string(parts["word/document.xml"]), `r:id="`+id+`"`) {
			t.Errorf("%s is not both related and referred to", id)
		}
	}
	ct := string(parts["[Content_Types].xml"])
	rels := string(parts["word/_rels/document.xml.rels"])
	for name := range parts {
		if strings.HasPrefix(name, "word/") && strings.HasSuffix(name, ".xml") {
			if !strings.Contains(ct, `PartName="/`+name+`"`) {
				t.Errorf("%s has no content type", name)
			}
			if name != "word/document.xml" && !strings.Contains(rels, `Target="`+strings.TrimPrefix(name, "word/")+`"`) {
				t.Errorf("%s is not related from the document", name)
			}
		}
	}
}

// Conservation: every block that is not replaced by a report heading (the
// statement title and the headings that open template sections) appears
// exactly once in the body, verbatim.
func TestConservation(t *testing.T) {
	r := fixture.Small()
	body := bodyText(t, unzip(t, render(t, r))["word/document.xml"])
	count := map[string]int{}
	for _, b := range body {
		count[b]++
	}
	for _, s := range r.Statements {
		for _, p := range s.Placements {
			// A title line that is only the agency's name is the agency
			// heading; one that says more is kept whole (issue 11).
			if p.Role == model.RoleSectionHeading || p.Role == model.RoleTitle && p.Block.PlainText() == s.Agency {
				continue
			}
			if n := count[p.Block.PlainText()]; n != 1 {
				t.Errorf("%s: block %d %q appears %d times in document.xml, want 1", s.Agency, p.Block.Pos().Index, p.Block.PlainText(), n)
			}
		}
	}
}

func TestSyntheticConservation(t *testing.T) {
	r := fixture.Synthetic(3)
	body := strings.Join(bodyText(t, unzip(t, render(t, r))["word/document.xml"]), "\n\x00")
	for _, s := range r.Statements {
		for _, p := range s.Placements {
			if p.Role == model.RoleTitle || p.Role == model.RoleSectionHeading {
				continue
			}
			if n := strings.Count(body, "\x00"+p.Block.PlainText()+"\n"); n != 1 {
				t.Errorf("%s: %q appears %d times", s.Agency, p.Block.PlainText(), n)
			}
		}
	}
}

func TestCommentsAnchoredOnText(t *testing.T) {
	parts := unzip(t, render(t, fixture.Small()))
	doc, notes := string(parts["word/document.xml"]), string(parts["word/comments.xml"])
	for _, want := range []string{
		"Placed in Outcomes and Impact by meaning (0.52); could be Safeguarding Children Activity",
		"No Safeguarding Children Activity section in this statement",
		"Before publication: possible personal data (named child): a word that may name a child",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("comments.xml lacks %q", want)
		}
	}
	if strings.Contains(notes, "(0.71)") || strings.Contains(notes, "(0.82)") {
		t.Error("a placement above the 0.6 threshold got a comment")
	}
	ids := regexp.MustCompile(`<w:comment w:id="(\d+)" w:author="reportpipe"`).FindAllStringSubmatch(notes, -1)
	if len(ids) != 4 {
		t.Fatalf("%d comments, want 4 (one low confidence, two flags, one personal data)", len(ids))
	}
	for _, m := range ids {
		for _, tag := range []string{"commentRangeStart", "commentRangeEnd", "commentReference"} {
			if !strings.Contains(doc, `<w:`+tag+` w:id="`+m[1]+`"/>`) {
				t.Errorf("comment %s has no %s in document.xml", m[1], tag)
			}
		}
	}
	// The low-confidence comment wraps the text it is about.
	anchoredOn(t, doc, notes, "Placed in Outcomes", "Crews made 96 safeguarding referrals")
	anchoredOn(t, doc, notes, "possible personal data", "Our cadet scheme")
	anchoredOn(t, doc, notes, "No Safeguarding Children Activity", "7.2 Harbour Fire and Rescue Service")
}

// anchoredOn checks the comment whose text holds note wraps text.
func anchoredOn(t *testing.T, doc, notes, note, text string) {
	t.Helper()
	var m []string
	for _, c := range strings.Split(notes, "<w:comment ")[1:] {
		if strings.Contains(c, note) {
			m = regexp.MustCompile(`^w:id="(\d+)"`).FindStringSubmatch(c)
		}
	}
	if m == nil {
		t.Fatalf("no comment saying %q", note)
	}
	start := strings.Index(doc, `<w:commentRangeStart w:id="`+m[1]+`"/>`)
	end := strings.Index(doc, `<w:commentRangeEnd w:id="`+m[1]+`"/>`)
	if start < 0 || end < start || !strings.Contains(doc[start:end], text) {
		t.Errorf("the comment %q is not anchored on %q", note, text)
	}
}

func TestHighlightFollowsTheKey(t *testing.T) {
	doc := string(unzip(t, render(t, fixture.Small()))["word/document.xml"])
	for text, colour := range map[string]string{
		"Opened a drop-in clinic for young carers":            "green",
		"Embed the new neglect screening tool in every team.": "yellow",
		"Areas of notable progress":                           "green",
		"Areas for development":                               "yellow",
	} {
		want := `<w:highlight w:val="` + colour + `"/></w:rPr><w:t xml:space="preserve">` + text
		if !strings.Contains(doc, want) {
			t.Errorf("%q is not highlighted %s", text, colour)
		}
	}
	if strings.Contains(doc, `<w:highlight w:val="green"/></w:rPr><w:t xml:space="preserve">Level 3 training`) {
		t.Error("activity text is highlighted")
	}
}

func TestListsTablesAndTOC(t *testing.T) {
	parts := unzip(t, render(t, fixture.Small()))
	doc, num := string(parts["word/document.xml"]), string(parts["word/numbering.xml"])
	for _, want := range []string{
		`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`,                                     // the nested bullet
		`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>`,                                     // the ordered list
		`<w:tblW w:w="9026" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, // the page width, kept as laid out
		`<w:trPr><w:tblHeader/></w:trPr>`,
		`TOC \o "1-2" \h \z \u`, // parts and agencies, not every template heading
		`<w:hyperlink w:anchor="_Toc2" w:history="1"><w:r><w:t xml:space="preserve">7.1 Riverside Community Health Trust</w:t></w:r></w:hyperlink>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if a, n := strings.LastIndex(num, "<w:abstractNum "), strings.Index(num, "<w:num "); a < 0 || n < a {
		t.Error("numbering.xml: every abstractNum must come before the first num")
	}
	if strings.Count(num, `<w:lvl w:ilvl=`) != 18 {
		t.Error("numbering.xml: want 9 levels for bullets and for numbers")
	}
	if !strings.Contains(string(parts["word/settings.xml"]), `<w:updateFields w:val="true"/>`) {
		t.Error("settings.xml does not ask Word to update the TOC field")
	}
	if regexp.MustCompile(`</w:tcPr></w:tc>`).MatchString(doc) {
		t.Error("a table cell without a paragraph")
	}
}

func TestInvalidCharactersRemoved(t *testing.T) {
	r := fixture.Small()
	p := r.Statements[0].Placements[2].Block.(*model.Paragraph)
	p.Text = "Bell\x07 vertical\x0btab, form\x0cfeed, bad \xff byte, ]]> & \"quotes\"\r\nnext"
	doc := unzip(t, render(t, r))["word/document.xml"]
	if err := wellFormed(doc); err != nil {
		t.Fatalf("document.xml is not well-formed: %v", err)
	}
	want := "Bell verticaltab, formfeed, bad  byte, ]]> & \"quotes\"\nnext"
	found := false
	for _, b := range bodyText(t, doc) {
		found = found || b == want
	}
	if !found {
		t.Errorf("paragraph not written as %q", want)
	}
}

func TestUnmappedGoesToAppendix(t *testing.T) {
	body := bodyText(t, unzip(t, render(t, fixture.Small()))["word/document.xml"])
	appendix, block := -1, -1
	for i, b := range body {
		switch b {
		case "Appendix: text not placed in a section":
			appendix = i
		case "Station open day photographs are held by the communications team.":
			block = i
		}
	}
	if appendix < 0 || block < appendix {
		t.Errorf("unmapped block at %d, appendix heading at %d", block, appendix)
	}
}

func TestBadReferenceIsAnError(t *testing.T) {
	err := New(Options{Reference: []byte("not a zip")}).Render(&bytes.Buffer{}, fixture.Small())
	if err == nil || !strings.Contains(err.Error(), "reference document") {
		t.Errorf("error %v, want one naming the reference document", err)
	}
}

func TestAnalysisAfterStatementsBeforeAppendices(t *testing.T) {
	doc := unzip(t, render(t, fixture.Small()))["word/document.xml"]
	body := bodyText(t, doc)
	pos := map[string]int{}
	for i, b := range body {
		if _, seen := pos[b]; !seen {
			pos[b] = i
		}
	}
	order := []string{
		"7.2 Harbour Fire and Rescue Service", "Analysis", "Training compliance",
		"Before publication: possible personal data", "Draft notes (language model)",
		"Appendix: evidence for the analysis", "Evidence of impact", "Completeness of statements", "Cross-cutting themes",
		"Appendix: text not placed in a section", "Appendix: submissions not used",
	}
	for i := 1; i < len(order); i++ {
		a, okA := pos[order[i-1]]
		b, okB := pos[order[i]]
		if !okA || !okB || a >= b {
			t.Errorf("%q (%d, %v) should come before %q (%d, %v)", order[i-1], a, okA, order[i], b, okB)
		}
	}
	if !strings.Contains(string(doc), `<w:pStyle w:val="DraftNote"/></w:pPr><w:r><w:t xml:space="preserve">Draft: Both statements`) {
		t.Error("the language-model draft is not in the Draft Note style")
	}
	if !strings.Contains(string(doc), `(“neglect”)</w:t></w:r><w:r><w:t xml:space="preserve"> (</w:t></w:r><w:hyperlink w:anchor="_Toc2" w:history="1">`) {
		t.Error("a theme finding lacks its citation, a link to the agency (its cited block is not in Part 7)")
	}
}

// A report large enough to be streamed in several chunks gives the same
// document.xml as one built whole in memory.
func TestStreamedDocumentMatchesWhole(t *testing.T) {
	r := fixture.Synthetic(100)
	whole, err := New(Options{}).DocumentXML(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) < 3*spillAt {
		t.Fatalf("document.xml is %d bytes: too small to test streaming", len(whole))
	}
	streamed := unzip(t, render(t, r))["word/document.xml"]
	if !bytes.Equal(whole, streamed) {
		t.Errorf("streamed document.xml (%d bytes) differs from the whole one (%d bytes)", len(streamed), len(whole))
	}
}

// A reference saved by a Word in another language names its styles as
// Word does but gives them other ids; the draft must use those ids, and
// bring any style the reference lacks.
func TestLocalisedReferenceStyles(t *testing.T) {
	base, err := loadReference(templates.ReportDOCX)
	if err != nil {
		t.Fatal(err)
	}
	styles := strings.ReplaceAll(string(base.styles), `w:styleId="Heading1"`, `w:styleId="berschrift1"`)
	styles = strings.Replace(styles, string(styleElement(base.styles, "DraftNote")), "", 1)
	ref := zipOf(t, map[string]string{"word/styles.xml": styles})
	var buf bytes.Buffer
	if err := New(Options{Reference: ref}).Render(&buf, fixture.Small()); err != nil {
		t.Fatal(err)
	}
	parts := unzip(t, buf.Bytes())
	doc, st := string(parts["word/document.xml"]), string(parts["word/styles.xml"])
	if !strings.Contains(doc, `<w:pStyle w:val="berschrift1"/>`) || strings.Contains(doc, `<w:pStyle w:val="Heading1"/>`) {
		t.Error("Heading 1 paragraphs do not use the reference's id for the style")
	}
	if !strings.Contains(st, `w:styleId="DraftNote"`) || !strings.Contains(doc, `<w:pStyle w:val="DraftNote"/>`) {
		t.Error("the Draft Note style missing from the reference was not added")
	}
	if err := wellFormed(parts["word/styles.xml"]); err != nil {
		t.Errorf("styles.xml: %v", err)
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The built-in reference holds every style the writer uses, by name and id.
func TestBuiltinReferenceHasEveryStyle(t *testing.T) {
	ref, err := loadReference(templates.ReportDOCX)
	if err != nil {
		t.Fatal(err)
	}
	byName, _, err := readStyles(ref.styles)
	if err != nil {
		t.Fatal(err)
	}
	for id, name := range styleNames {
		if byName[name] != id {
			t.Errorf("style %q: id %q in templates/report.docx, want %q", name, byName[name], id)
		}
	}
	for _, name := range []string{"normal", "title", "subtitle", "heading 1", "heading 2", "heading 3", "list paragraph", "table grid", "caption", "draft note"} {
		if byName[name] == "" {
			t.Errorf("templates/report.docx lacks the %q style", name)
		}
	}
}
