package publish

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/render/docx"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
	"github.com/reportpipe/reportpipe/pipeline/render/officepdf"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// The reviewers' copy is made once (LibreOffice takes a while) and shared.
var (
	copyOnce sync.Once
	copyData []byte
)

func reviewed(t *testing.T) []byte {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	copyOnce.Do(func() { copyData = reviewedCopy(t) })
	if copyData == nil {
		t.Fatal("the reviewers' copy could not be made")
	}
	return copyData
}

// kinds lists items as "kind @ place".
func kinds(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, string(it.Kind)+" @ "+it.Where.String())
	}
	return out
}

// TestRefusesWithExactlyTheOpenItems: the copy the reviewers finished
// still has one comment open and a picture without alt text; publish
// lists those two, with their statements and sections, and nothing else.
func TestRefusesWithExactlyTheOpenItems(t *testing.T) {
	ed := reviewed(t)
	want := []string{
		"open comment @ 7.1 Riverside Community Health Trust, Outcomes and Impact",
		"picture without alt text @ 7.2 Northgate Borough Police, Agency Context",
	}
	items, err := Review(ed)
	if err != nil {
		t.Fatal(err)
	}
	if got := kinds(items); !slices.Equal(got, want) {
		t.Errorf("open items:\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(items[0].What, reviewerNote) || !strings.Contains(items[0].What, "Jane Reviewer") {
		t.Errorf("the comment's line does not say who wrote what: %q", items[0].What)
	}
	_, err = Prepare(ed, renderDraft(t, seasonV2()), Options{})
	var re *RefusedError
	if !errors.As(err, &re) || !slices.Equal(kinds(re.Items), want) {
		t.Fatalf("publishing with both open: %v, want a refusal listing %q", err, want)
	}
	_, err = Prepare(ed, renderDraft(t, seasonV2()), Options{DropComments: true})
	if !errors.As(err, &re) || !slices.Equal(kinds(re.Items), want[1:]) {
		t.Errorf("a picture without alt text cannot be allowed: %v", err)
	}
}

// withAltText is the copy with the picture's alt text added.
func withAltText(t *testing.T, ed []byte) []byte {
	doc := part(t, ed, mainPart)
	if !bytes.Contains(doc, []byte(`descr=""`)) {
		t.Fatal("the picture has no empty alt text to fill")
	}
	return withParts(t, ed, map[string][]byte{mainPart: bytes.Replace(doc, []byte(`descr=""`), []byte(`descr="Bar chart of referrals by month"`), 1)})
}

// TestPublishesTheReviewersText: once the items are resolved, the
// version to publish holds the reviewers' text and none of reportpipe's
// review furniture, and the edits register lists exactly the reviewers'
// changes to agency text.
func TestPublishesTheReviewersText(t *testing.T) {
	res, err := Prepare(withAltText(t, reviewed(t)), renderDraft(t, seasonV2()), Options{DropComments: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.DroppedComments != 1 || res.Accepted != 0 {
		t.Errorf("dropped %d comments and accepted %d changes, want 1 and 0", res.DroppedComments, res.Accepted)
	}
	checkPublishedDOCX(t, res.DOCX)
	checkRegister(t, res.Edits)
	page, err := Page(res.DOCX)
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, "the web page", string(page))
	for _, v := range testutil.Axe(t, page) {
		t.Errorf("axe-core on the web page: %s", v)
	}
	reg, err := RegisterPage("Annual Report", "report-published.docx", time.Date(2026, 12, 7, 15, 0, 0, 0, time.UTC), res.Edits)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(reg), "<del>in</del><ins>to</ins>") {
		t.Error("the register page does not show the reworded words")
	}
	for _, v := range testutil.Axe(t, reg) {
		t.Errorf("axe-core on the edits register: %s", v)
	}
}

// checkText checks a published text: the reviewers' words in, the deleted
// paragraph and the review furniture out.
func checkText(t *testing.T, what, text string) {
	t.Helper()
	text = strings.Join(strings.Fields(text), " ")
	for _, in := range []string{rvReworded, rvOutcomeV2, ngContext, ngDevelop, "Annual Report"} {
		if !strings.Contains(text, in) {
			t.Errorf("%s lacks %q", what, in)
		}
	}
	for _, out := range []string{"j.smith@riverside.example", "01632 960 123", "Source: ",
		docx.DraftDatePrefix, docx.DraftHeaderPrefix, docx.FilesHeading, layout.PersonalDataTitle, reviewerNote} {
		if strings.Contains(text, out) {
			t.Errorf("%s still holds %q", what, out)
		}
	}
	// The statements themselves hold the reviewers' words only (the
	// analysis after them may quote the agencies' earlier text: update
	// does not rewrite it).
	part := statementsPart(text)
	for _, out := range []string{"in recognising", "21.6%", "two cities"} {
		if strings.Contains(part, out) {
			t.Errorf("the statements in %s still hold %q", what, out)
		}
	}
}

// statementsPart is the text from Riverside's heading in the body (its
// second mention: the contents name it first) to Northgate's last
// paragraph, before the analysis.
func statementsPart(text string) string {
	head := "7.1 " + riverside
	first := strings.Index(text, head)
	if first < 0 {
		return text
	}
	second := strings.Index(text[first+len(head):], head)
	if second < 0 {
		return text[first:]
	}
	part := text[first+len(head)+second:]
	if to := strings.Index(part, ngDevelop); to >= 0 {
		part = part[:to]
	}
	return part
}

var (
	docPrRE     = regexp.MustCompile(`<wp:docPr [^>]*>`)
	tblHeaderRE = regexp.MustCompile(`<w:trPr>(?:<[^>]*>)*?<w:tblHeader(?: w:val="(?:true|1|on)")?/>`)
)

func checkPublishedDOCX(t *testing.T, data []byte) {
	t.Helper()
	v, err := readDoc(data)
	if err != nil {
		t.Fatal(err)
	}
	if v.rec != nil {
		t.Error("the published document still carries reportpipe's record")
	}
	var body strings.Builder
	for _, n := range v.blocks() {
		body.WriteString(n.plain() + "\n")
	}
	checkText(t, "the published DOCX", body.String())
	doc := string(part(t, data, mainPart))
	for _, out := range []string{"w:commentReference", "w:commentRangeStart", `w:name="rp_`, "<w:ins ", "<w:del "} {
		if strings.Contains(doc, out) {
			t.Errorf("the published document.xml still holds %s", out)
		}
	}
	for _, name := range v.p.Names {
		if strings.HasPrefix(name, "customXml/") || strings.Contains(name, "comments") {
			t.Errorf("the published package still holds %s", name)
		}
	}
	if h := string(part(t, data, "word/header1.xml")); strings.Contains(h, "DRAFT") || !strings.Contains(h, "Annual Report") {
		t.Errorf("the page header: %s", h)
	}
	core := string(part(t, data, "docProps/core.xml"))
	if !strings.Contains(core, "<dc:title>Annual Report</dc:title>") || !strings.Contains(core, "<dc:language>en-GB</dc:language>") {
		t.Errorf("core properties lack the title or en-GB: %s", core)
	}
	if !tblHeaderRE.MatchString(doc) {
		t.Error("no table header row is marked")
	}
	for _, pr := range docPrRE.FindAllString(doc, -1) {
		if strings.Contains(pr, `descr=""`) || !strings.Contains(pr, "descr=") {
			t.Errorf("a picture without alt text: %s", pr)
		}
	}
	checkHeadingOrder(t, v)
}

// checkHeadingOrder: heading levels never skip one on the way down.
func checkHeadingOrder(t *testing.T, v *view) {
	t.Helper()
	last := 0
	for _, n := range v.blocks() {
		l := v.st.headingLevel(n)
		if l == 0 {
			continue
		}
		if l > last+1 {
			t.Errorf("heading %q is level %d after a level %d", n.plain(), l, last)
		}
		last = l
	}
	if last == 0 {
		t.Error("the document has no headings")
	}
}

func checkRegister(t *testing.T, edits []Edit) {
	t.Helper()
	type line struct{ agency, kind, sent, published string }
	var got []line
	for _, e := range edits {
		got = append(got, line{e.Agency, e.Kind, e.Sent, e.Published})
		if e.Unknown {
			t.Errorf("the register could not find what the agency sent for %+v", e)
		}
	}
	want := []line{
		{riverside, EditChanged, rvActivity, rvReworded},
		{northgate, EditChanged, ngContextV2, ngContext},
		{riverside, EditRemoved, rvPersonal, ""},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("the edits register:\n got %q\nwant %q", got, want)
	}
	var del, ins []string
	for _, o := range edits[0].Words {
		switch o.Kind {
		case update.Deleted:
			del = append(del, o.Text)
		case update.Inserted:
			ins = append(ins, o.Text)
		}
	}
	if !slices.Equal(del, []string{"in", "recognising"}) || !slices.Equal(ins, []string{"to", "recognise"}) {
		t.Errorf("the reworded sentence's words: deleted %q, inserted %q", del, ins)
	}
}

// TestPublishedPDFIsTagged: one LibreOffice start makes the PDF; it is
// tagged (structure tree with H1 and H2, tables with TH, the picture's alt
// text, /Lang and /Title), holds the reviewers' text, and its contents'
// page numbers go into the Word file.
func TestPublishedPDFIsTagged(t *testing.T) {
	res, err := Prepare(withAltText(t, reviewed(t)), renderDraft(t, seasonV2()), Options{DropComments: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	pdf, pages, err := officepdf.Publish(ctx, res.DOCX, res.Contents, officepdf.SessionOptions{Profile: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	checkTaggedPDF(t, pdf)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	if len(pages) != len(res.Contents) || slices.Contains(pages, 0) {
		t.Fatalf("contents pages %v for %q", pages, res.Contents)
	}
	withPages, err := WithPages(res.DOCX, pages)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := readDoc(withPages)
	box, from, to, ok := v.tocField()
	if !ok {
		t.Fatal("the published document has no contents")
	}
	var toc strings.Builder
	for _, n := range box.kids[from : to+1] {
		toc.WriteString(strings.TrimSpace(n.plain()) + "\n")
	}
	if want := res.Contents[1] + "\t" + strconv.Itoa(pages[1]); !strings.Contains(toc.String(), want) {
		t.Errorf("the contents lack %q:\n%s", want, toc.String())
	}
	file := filepath.Join(t.TempDir(), "published.pdf")
	if err := os.WriteFile(file, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, "the PDF", string(text))
}
