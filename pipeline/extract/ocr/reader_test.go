package ocr

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/pdf"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func newReader() *Reader {
	lim := extract.DefaultLimits
	return New(pdf.New(lim), lim)
}

func needTesseract(t *testing.T) {
	t.Helper()
	if _, _, ok := findTools(); !ok {
		t.Skip("tesseract-ocr or poppler-utils is not installed")
	}
}

// A scanned statement is read by OCR: its words are there, every page is
// marked, and the text is checked like any other.
func TestScannedPDFReadByOCR(t *testing.T) {
	needTesseract(t)
	data := scannedPDF(t, textPDF(scanPages))
	doc, err := extract.Registry{model.FormatPDF: newReader()}.Extract(context.Background(), model.FormatPDF, data, extract.DefaultLimits)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	text := plain(doc)
	for _, want := range []string{"Brookvale Allotment Trust", "trained twelve volunteers in safe recruitment",
		"Plans for next year", "repeat the volunteer training each spring"} {
		if !strings.Contains(text, want) {
			t.Errorf("OCR text lacks %q:\n%s", want, text)
		}
	}
	want := []string{model.OCRWarning(1), model.OCRWarning(2)}
	if strings.Join(doc.Warnings, "|") != strings.Join(want, "|") {
		t.Errorf("warnings = %q, want %q", doc.Warnings, want)
	}
	for i, b := range doc.Blocks {
		if b.Pos().Index != i || b.Pos().Page == 0 {
			t.Errorf("block %d at %+v, want index %d and a page", i, b.Pos(), i)
		}
	}
}

// A scan whose own text layer is junk fails the quality check so its
// page is read again by OCR instead of the file being refused.
func TestJunkTextLayerReadByOCR(t *testing.T) {
	needTesseract(t)
	const junk = "Xkcd brrt pflm qwst zxcv bnmk lkjh gfds trwp qzxv mnbv cxzl hjkl wrtz"
	data := imagePDF(renderPages(t, textPDF(scanPages[:1])), junk)
	doc, err := extract.Registry{model.FormatPDF: newReader()}.Extract(context.Background(), model.FormatPDF, data, extract.DefaultLimits)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	text := plain(doc)
	if strings.Contains(text, "qwst") || !strings.Contains(text, "Every garden lead now holds a current check.") {
		t.Errorf("text = %q, want the OCR text in place of the junk layer", text)
	}
	if want := []string{model.OCRWarning(1)}; strings.Join(doc.Warnings, "|") != strings.Join(want, "|") {
		t.Errorf("warnings = %q, want %q", doc.Warnings, want)
	}
}

// The same file without tesseract is refused by the quality check, saying
// OCR would read it.
func TestJunkTextLayerRefusedWithoutTesseract(t *testing.T) {
	const junk = "Xkcd brrt pflm qwst zxcv bnmk lkjh gfds trwp qzxv mnbv cxzl hjkl wrtz"
	data := imagePDF(renderPages(t, textPDF(scanPages[:1])), junk)
	t.Setenv("PATH", t.TempDir())
	_, err := extract.Registry{model.FormatPDF: newReader()}.Extract(context.Background(), model.FormatPDF, data, extract.DefaultLimits)
	if !errors.Is(err, extract.ErrUnreadableText) || !strings.Contains(err.Error(), "install tesseract-ocr here") {
		t.Errorf("err = %v, want the unreadable-text refusal naming tesseract-ocr", err)
	}
}

// Without tesseract the scanned file is refused as before, and the refusal
// says what to install.
func TestScannedPDFRefusedWithoutTesseract(t *testing.T) {
	data := scannedPDF(t, textPDF(scanPages))
	t.Setenv("PATH", t.TempDir()) // no programs at all
	r := newReader()
	_, err := r.Extract(context.Background(), data)
	if !errors.Is(err, model.ErrNoText) {
		t.Fatalf("err = %v, want ErrNoText", err)
	}
	ie, _ := errors.AsType[*model.InputError](err)
	if ie == nil || !strings.Contains(ie.Detail, "looks scanned") || !strings.Contains(ie.Hint, "install tesseract-ocr here and reportpipe reads it by OCR") {
		t.Errorf("refusal = %v, want the scanned refusal saying tesseract-ocr would read it", err)
	}
}

func plain(doc *model.Document) string {
	var ts []string
	for _, b := range doc.Blocks {
		ts = append(ts, b.PlainText())
	}
	return strings.Join(ts, "\n")
}
