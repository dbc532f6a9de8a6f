package publish

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/analysis"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// The agency's second version changes two paragraphs; the reviewers
// accept the first change and reject the second.
const (
	rvOutcomeV2  = "Referrals to early help rose by 23.4% compared with last year."
	ngContextV2  = "Northgate police cover the northern half of the county and its two cities."
	rvReworded   = "We trained 380 staff to recognise neglect during the year."
	reviewerNote = "Check the 380 figure with the agency before we publish."
)

// seasonV2 is the season after Riverside and Northgate sent new versions.
func seasonV2() *model.Report {
	r := report(
		statement(riverside, "riverside-2026-v2.docx",
			block{sec: model.SectionContext, text: rvContext},
			block{sec: model.SectionContext, text: rvPersonal},
			block{sec: model.SectionActivity, text: rvActivity},
			block{sec: model.SectionActivity, text: "Course|Staff/Neglect|380/Exploitation|120", kind: "table"},
			block{sec: model.SectionOutcomes, text: rvOutcomeV2},
		),
		statement(northgate, "northgate-2026-v2.docx",
			block{sec: model.SectionContext, text: ngContextV2},
			block{sec: model.SectionActivity, text: ngActivity},
			block{sec: model.SectionDevelopment, text: ngDevelop},
		),
	)
	return analysed(r)
}

// analysed adds the analysis run would, so the draft holds reportpipe's
// comments and its review part on possible personal data.
func analysed(r *model.Report) *model.Report {
	r.Analysis = analysis.Analyse(r.Statements, nil, nil, analysis.Options{})
	return r
}

// reviewedCopy is the reviewers' copy as the tests meet it: the first
// draft, updated with the agencies' second versions, saved by LibreOffice,
// then edited: the paragraph with personal data deleted, a sentence
// reworded, one agency change accepted and one rejected, a comment left
// open, and a picture added without alt text.
func reviewedCopy(t *testing.T) []byte {
	t.Helper()
	first := season()
	first.Awaited = nil
	draft := renderDraft(t, analysed(first))
	res, err := update.Apply(draft, renderDraft(t, seasonV2()), update.Options{Now: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	saved := convert(t, res.DOCX, "docx")
	doc := string(part(t, saved, mainPart))
	doc = dropParagraph(t, doc, "j.smith@riverside.example")
	doc = reword(t, doc, "in recognising", "to recognise")
	doc = resolveParagraph(t, doc, "23.4", true)
	doc = resolveParagraph(t, doc, "two cities", false)
	doc = addComment(t, doc, "Referrals to early help")
	doc = addPicture(t, doc, "Northgate police cover")
	out := withParts(t, saved, map[string][]byte{mainPart: []byte(doc)})
	return withComment(t, withImage(t, out), reviewerNote)
}

var paraRE = regexp.MustCompile(`(?s)<w:p(?: [^>]*)?>.*?</w:p>`)

// paragraph returns the first paragraph holding text (as one w:t run).
func paragraph(t *testing.T, doc, text string) (string, int) {
	t.Helper()
	for _, loc := range paraRE.FindAllStringIndex(doc, -1) {
		if p := doc[loc[0]:loc[1]]; strings.Contains(p, text) && !strings.Contains(p[len("<w:p"):], "<w:p>") {
			return p, loc[0]
		}
	}
	t.Fatalf("no paragraph holds %q", text)
	return "", 0
}

func dropParagraph(t *testing.T, doc, text string) string {
	p, at := paragraph(t, doc, text)
	return doc[:at] + doc[at+len(p):]
}

// reword edits words inside one run, as a reviewer typing does.
func reword(t *testing.T, doc, old, new string) string {
	t.Helper()
	if strings.Count(doc, old) != 1 || strings.Contains(doc, new) {
		t.Fatalf("the copy should hold %q once and not yet %q", old, new)
	}
	return strings.Replace(doc, old, new, 1)
}

// resolveParagraph accepts or rejects the tracked changes in the
// paragraph holding text, as a reviewer does with Word's Review tools.
func resolveParagraph(t *testing.T, doc, text string, accept bool) string {
	p, at := paragraph(t, doc, text)
	if !strings.Contains(p, "<w:ins ") {
		t.Fatalf("the paragraph with %q holds no tracked change", text)
	}
	return doc[:at] + string(testutil.ResolveChanges([]byte(p), update.Author, accept)) + doc[at+len(p):]
}

// addComment anchors comment 900 on the paragraph holding text.
func addComment(t *testing.T, doc, text string) string {
	p, at := paragraph(t, doc, text)
	i := strings.Index(p, "<w:r>")
	if i < 0 {
		i = strings.Index(p, "<w:r ")
	}
	q := p[:i] + `<w:commentRangeStart w:id="900"/>` + p[i:len(p)-len("</w:p>")] +
		`<w:commentRangeEnd w:id="900"/><w:r><w:commentReference w:id="900"/></w:r></w:p>`
	return doc[:at] + q + doc[at+len(p):]
}

// addPicture puts an inline picture with no alt text after the paragraph
// holding text, in a paragraph of its own.
func addPicture(t *testing.T, doc, text string) string {
	p, at := paragraph(t, doc, text)
	pic := `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/>` +
		`<wp:docPr id="901" name="Chart of referrals" descr=""/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
		`<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
		`<pic:nvPicPr><pic:cNvPr id="901" name="chart.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdChart"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
	return doc[:at+len(p)] + pic + doc[at+len(p):]
}

// withImage adds the picture's PNG and its relationship.
func withImage(t *testing.T, data []byte) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range 8 {
		img.Set(i, i, color.RGBA{0, 0, 255, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	rels := string(part(t, data, "word/_rels/document.xml.rels"))
	rels = strings.Replace(rels, "</Relationships>", `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart.png"/></Relationships>`, 1)
	ct := string(part(t, data, "[Content_Types].xml"))
	if !strings.Contains(ct, `Extension="png"`) {
		ct = strings.Replace(ct, "<Default ", `<Default Extension="png" ContentType="image/png"/><Default `, 1)
	}
	return withParts(t, data, map[string][]byte{"word/media/chart.png": buf.Bytes(),
		"word/_rels/document.xml.rels": []byte(rels), "[Content_Types].xml": []byte(ct)})
}

// withComment adds comment 900 by a reviewer to the comments part.
func withComment(t *testing.T, data []byte, text string) []byte {
	c := string(part(t, data, "word/comments.xml"))
	if c == "" {
		t.Fatal("the copy has no comments part (reportpipe's comments should be there)")
	}
	c = strings.Replace(c, "</w:comments>", `<w:comment w:id="900" w:author="Jane Reviewer" w:date="2026-07-02T10:00:00Z" w:initials="JR"><w:p><w:r><w:t>`+text+`</w:t></w:r></w:p></w:comment></w:comments>`, 1)
	return withParts(t, data, map[string][]byte{"word/comments.xml": []byte(c)})
}

// withParts returns data with parts replaced or added.
func withParts(t testing.TB, data []byte, parts map[string][]byte) []byte {
	t.Helper()
	p, err := readPkg(data)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range parts {
		p.Set(name, b)
	}
	out, err := p.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return out
}
