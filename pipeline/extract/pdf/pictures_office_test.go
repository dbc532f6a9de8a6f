package pdf

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Pictures in PDFs made by real producers from one fictional statement:
// a chart between two paragraphs and a logo in the page header.

var pictureStatement = testutil.PictureStatement{
	Before: []string{"Riverside Community Trust reviewed every referral it received this year, and the board asked for the figures by quarter.",
		"The chart below shows the referrals we made by quarter."},
	After: []string{"Referrals rose in the third quarter, when two schools joined the scheme, and fell again in the spring.",
		"The board will look at the reasons next year."},
	Alt: "Bar chart of referrals by quarter, highest in the third",
}

// checkChart asserts the document holds one picture, the chart, between
// the paragraphs it stood between, at its size, with every word kept, and
// returns it.
func checkChart(t *testing.T, doc *model.Document, s testutil.PictureStatement) *model.Picture {
	t.Helper()
	pics := pictureBlocks(doc)
	if len(pics) != 1 {
		t.Fatalf("want the chart alone (the logo is not content), got pictures at %v:\n%s", pics, model.Dump(doc))
	}
	k := pics[0]
	if k == 0 || k == len(doc.Blocks)-1 || !strings.HasSuffix(doc.Blocks[k-1].PlainText(), s.Before[len(s.Before)-1]) ||
		!strings.HasPrefix(doc.Blocks[k+1].PlainText(), s.After[0]) {
		t.Fatalf("the chart does not stand between its paragraphs:\n%s", model.Dump(doc))
	}
	var text []string
	for _, b := range doc.Blocks {
		text = append(text, b.PlainText())
	}
	all := strings.Join(text, " ")
	for _, p := range append(append([]string{}, s.Before...), s.After...) {
		if !strings.Contains(all, p) {
			t.Errorf("lost words: %q", p)
		}
	}
	p := model.Pictures(doc.Blocks[k])[0]
	for _, d := range [][2]int64{{p.Width, testutil.ChartWidthEMU}, {p.Height, testutil.ChartHeightEMU}} {
		if math.Abs(float64(d[0]-d[1])) > 0.02*float64(d[1]) {
			t.Errorf("picture size %dx%d EMU, want %dx%d", p.Width, p.Height, testutil.ChartWidthEMU, testutil.ChartHeightEMU)
		}
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %q", doc.Warnings)
	}
	return p
}

// imageSize decodes a picture's pixels' size.
func imageSize(t *testing.T, p *model.Picture) image.Point {
	t.Helper()
	var cfg image.Config
	var err error
	if p.ContentType == "image/jpeg" {
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(p.Data))
	} else {
		cfg, err = png.DecodeConfig(bytes.NewReader(p.Data))
	}
	if err != nil {
		t.Fatalf("%s picture does not decode: %v", p.ContentType, err)
	}
	return image.Pt(cfg.Width, cfg.Height)
}

func TestPicturesFromLibreOfficeTaggedPDF(t *testing.T) {
	data := testutil.TaggedPDF(t, pictureStatement.DOCX(t))
	p := checkChart(t, extractBytes(t, data), pictureStatement)
	if p.ContentType != "image/png" || imageSize(t, p) != image.Pt(480, 300) || p.Alt != pictureStatement.Alt {
		t.Errorf("chart: %s %v alt %q", p.ContentType, imageSize(t, p), p.Alt)
	}
}

// A JPEG stays the JPEG it was; an untagged PDF gives no alternative text
// (the draft then asks for one).
func TestPicturesFromLibreOfficeJPEG(t *testing.T) {
	s := pictureStatement
	s.JPEG = true
	data := testutil.OfficeConvert(t, s.DOCX(t), "pdf")
	p := checkChart(t, extractBytes(t, data), s)
	if p.ContentType != "image/jpeg" || imageSize(t, p) != image.Pt(480, 300) || p.Alt != "" {
		t.Errorf("chart: %s %v alt %q", p.ContentType, imageSize(t, p), p.Alt)
	}
}

// chromiumPDF prints html with headless Chromium; the test skips without it.
func chromiumPDF(t *testing.T, html string) []byte {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	dir := t.TempDir()
	page, out := filepath.Join(dir, "statement.html"), filepath.Join(dir, "statement.pdf")
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--print-to-pdf="+out, "file://"+page)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// pandocHTML turns the statement's DOCX into one HTML page with pandoc,
// the logo fixed at the top of every printed page as a header would be.
func pandocHTML(t *testing.T, docx []byte, extra string) string {
	t.Helper()
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "statement.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pandoc", in, "-t", "html", "--self-contained", "--metadata", "title=Statement").Output()
	if err != nil {
		t.Fatalf("pandoc: %v", err)
	}
	logo, _ := testutil.ZipPart(t, docx, "word/media/logo.png")
	header := `<img alt="Riverside logo" style="position:fixed;top:0;right:0;width:90pt;height:30pt" src="data:image/png;base64,` +
		base64.StdEncoding.EncodeToString(logo) + `">` + extra
	return strings.Replace(string(out), "<body>", "<body>"+header, 1)
}

func TestPicturesFromChromium(t *testing.T) {
	docx := pictureStatement.DOCX(t)
	data := chromiumPDF(t, pandocHTML(t, docx, ""))
	p := checkChart(t, extractBytes(t, data), pictureStatement)
	if p.ContentType != "image/png" || imageSize(t, p) != image.Pt(480, 300) || p.Alt != pictureStatement.Alt {
		t.Errorf("chart: %s %v alt %q", p.ContentType, imageSize(t, p), p.Alt)
	}
}

// A picture laid over the text has no place in the reading order: it is
// warned about, and the text is whole.
func TestPictureOverTextFromChromium(t *testing.T) {
	docx := pictureStatement.DOCX(t)
	chart, _ := testutil.ZipPart(t, docx, "word/media/chart.png")
	over := `<img alt="Stamp" style="position:absolute;top:40pt;left:60pt;width:200pt;height:120pt" src="data:image/png;base64,` +
		base64.StdEncoding.EncodeToString(chart) + `">`
	doc := extractBytes(t, chromiumPDF(t, pandocHTML(t, docx, over)))
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "overlaps the text") {
		t.Errorf("warnings: %q\n%s", doc.Warnings, model.Dump(doc))
	}
	text := ""
	for _, b := range doc.Blocks {
		text += b.PlainText() + " "
	}
	for _, p := range pictureStatement.Before {
		if !strings.Contains(text, p) {
			t.Errorf("lost words: %q", p)
		}
	}
}
