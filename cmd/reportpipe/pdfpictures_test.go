package main

import (
	"archive/zip"
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// TestPDFStatementPicture: a statement saved from Word to PDF (here by
// LibreOffice, tagged) with a chart between two paragraphs and a logo in
// its page header. After a run the draft holds the chart between the same
// two paragraphs, at its size, with its alternative text; the logo is not
// in it.
func TestPDFStatementPicture(t *testing.T) {
	s := testutil.PictureStatement{
		Title: "Northgate Police",
		Before: []string{"Agency Context", "Northgate Police serves the borough of Riverside with 420 officers and staff.",
			"The chart below shows the referrals we made to children's social care by quarter."},
		After: []string{"Referrals rose in the third quarter, when two schools joined the scheme, and fell again in the spring.",
			"Key Areas for Development", "We will audit the quality of referrals twice a year."},
		Alt: "Bar chart of referrals by quarter, highest in the third",
	}
	_, _, data := draftOfPDF(t, testutil.TaggedPDF(t, s.DOCX(t)))
	body, _ := testutil.ZipPart(t, data, "word/document.xml")
	before := bytes.Index(body, []byte("by quarter.</w:t>"))
	pic := bytes.Index(body, []byte(`descr="`+s.Alt+`"`))
	after := bytes.Index(body, []byte("Referrals rose in the third quarter"))
	if before < 0 || pic < 0 || !(before < pic && pic < after) {
		t.Fatalf("the chart is not between its paragraphs in the draft (%d, %d, %d)", before, pic, after)
	}
	if between := body[before:after]; bytes.Count(between, []byte("<w:drawing")) != 1 || !bytes.Contains(between, []byte(`cx="365`)) {
		t.Errorf("want one drawing about 3657600 EMU wide between the paragraphs:\n%s", between)
	}
	for name, size := range mediaSizes(t, data) {
		if size == image.Pt(150, 50) {
			t.Errorf("the header logo is in the draft as %s", name)
		}
	}
}

// An untagged PDF gives its picture no alternative text: the draft's Word
// comment asks for one and publish lists the picture to resolve, as for a
// Word statement's picture.
func TestPDFStatementPictureWithoutAlt(t *testing.T) {
	s := testutil.PictureStatement{
		Title:  "Northgate Police",
		Before: []string{"The chart below shows the referrals we made to children's social care by quarter."},
		After:  []string{"Referrals rose in the third quarter, when two schools joined the scheme."},
	}
	dir, path, data := draftOfPDF(t, testutil.OfficeConvert(t, s.DOCX(t), "pdf"))
	comments, _ := testutil.ZipPart(t, data, "word/comments.xml")
	if !bytes.Contains(comments, []byte("no alternative text (Picture on page 1)")) {
		t.Errorf("no Word comment asks for the picture's alternative text:\n%s", comments)
	}
	out, errOut, code := runCLI(t, dir, "publish", path)
	if code == 0 || !strings.Contains(out+errOut, "picture without alt text, 7.2 Northgate Police") {
		t.Errorf("publish (exit %d) does not list the picture:\n%s%s", code, out, errOut)
	}
}

// mediaSizes decodes the size of every picture in a DOCX's word/media.
func mediaSizes(t *testing.T, docx []byte) map[string]image.Point {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]image.Point{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "word/media/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		cfg, _, err := image.DecodeConfig(rc)
		rc.Close()
		if err == nil {
			out[f.Name] = image.Pt(cfg.Width, cfg.Height)
		}
	}
	return out
}

// draftOfPDF runs the real binary over a workspace holding pdf as Northgate
// Police's statement, and returns the workspace, the draft's path and its
// bytes.
func draftOfPDF(t *testing.T, pdf []byte) (dir, path string, data []byte) {
	t.Helper()
	dir = newWorkspace(t)
	if err := os.WriteFile(filepath.Join(dir, "submissions", "Northgate Police annual statement.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	path, _ = runWhole(t, dir)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return dir, path, data
}
