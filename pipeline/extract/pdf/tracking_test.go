package pdf

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// letterSpacedDocx is a fictional statement whose cover page and section
// headings are set with expanded character spacing (w:spacing, in
// twentieths of a point, as Word's Font > Advanced > Spacing writes it),
// the body text normal: the cover at 3 pt (60 twips), the headings at 6 pt.
func letterSpacedDocx(t *testing.T) []byte {
	t.Helper()
	spaced := func(text string, twips, halfPts int, pageBreak bool) string {
		br := ""
		if pageBreak {
			br = `<w:r><w:br w:type="page"/></w:r>`
		}
		return fmt.Sprintf(`<w:p><w:r><w:rPr><w:b/><w:spacing w:val="%d"/><w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>%s</w:p>`,
			twips, halfPts, text, br)
	}
	plain := func(text string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	body := spaced("Riverside Community Trust", 60, 40, false) +
		spaced("Annual safeguarding children statement", 60, 32, false) +
		spaced("For the Riverside Safeguarding Partnership", 60, 32, true) +
		spaced("Agency context", 120, 32, false) +
		plain("Riverside Community Trust provides community nursing and health visiting to a population of 250,000 across two localities. The Director of Nursing is the executive lead for safeguarding.") +
		spaced("Safeguarding activity", 120, 32, false) +
		plain("All health visitors completed level 3 safeguarding training, and the safeguarding team audited 60 records against the neglect standard.") +
		spaced("Outcomes", 120, 32, false) +
		plain("The share of records with a clear plan for the child rose from 58% to 86% over the year.")
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLetterSpacedHeadingsRead: LibreOffice's PDF of a statement with
// letter-spaced headings and a letter-spaced cover page reads as words
// ("Agency context", not "A g e n c y c o n t e x t"), and the quality
// check neither warns about nor refuses the cover page, whose text used to
// come out as separate letters (it was read by OCR, or refused without
// tesseract).
func TestLetterSpacedHeadingsRead(t *testing.T) {
	data := testutil.OfficeConvert(t, letterSpacedDocx(t), "pdf")
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	if err := extract.CheckQuality(doc, model.FormatPDF); err != nil {
		t.Fatalf("refused: %v", err)
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings: %q", doc.Warnings)
	}
	for _, want := range []string{"Riverside Community Trust", "Agency context", "Safeguarding activity", "Outcomes"} {
		if !hasBlock(doc, want) {
			t.Errorf("no block reads %q; blocks: %q", want, blockTexts(doc))
		}
	}
	// The cover's two lines of the same style form one block.
	find(t, doc, "Annual safeguarding children statement For the Riverside Safeguarding")
	// The body text keeps its words apart.
	find(t, doc, "provides community nursing and health visiting")
}

func hasBlock(doc *model.Document, text string) bool {
	for _, b := range doc.Blocks {
		if strings.TrimSpace(b.PlainText()) == text {
			return true
		}
	}
	return false
}

func blockTexts(doc *model.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		out = append(out, b.PlainText())
	}
	return out
}

// TestLineTrackingLeavesOrdinaryLines: lines without letter-spacing keep
// a tracking of zero, so their gaps decide words as before: ordinary words,
// words spaced without space glyphs, and a few scattered letters.
func TestLineTrackingLeavesOrdinaryLines(t *testing.T) {
	row := func(words []string, letterGap, wordGap float64, spaceGlyph bool) []glyph {
		var gs []glyph
		x := 0.0
		for i, w := range words {
			if i > 0 {
				if spaceGlyph {
					gs = append(gs, glyph{S: " ", X: x, W: 2.5, Size: 10})
				}
				x += wordGap
			}
			for j, r := range w {
				if j > 0 {
					x += letterGap
				}
				gs = append(gs, glyph{S: string(r), X: x, W: 5, Size: 10})
				x += 5
			}
		}
		return gs
	}
	words := strings.Fields("the trust audited sixty records against the neglect standard")
	if got := lineTracking(row(words, 0, 3, true)); got != 0 {
		t.Errorf("ordinary line: tracking %.2f", got)
	}
	if got := lineTracking(row(words, 0.2, 3, false)); got != 0 {
		t.Errorf("words spaced without space glyphs: tracking %.2f", got)
	}
	if got := lineTracking(row([]string{"a", "b", "c"}, 0, 4, false)); got != 0 {
		t.Errorf("three letters: tracking %.2f", got)
	}
	if got := lineTracking(row(words, 3, 6, true)); got < 2.9 || got > 3.1 {
		t.Errorf("letter-spaced line (3 pt): tracking %.2f", got)
	}
}
