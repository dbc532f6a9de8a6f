package ocr

import (
	"os/exec"
	"time"
)

// The bounds of OCR on one file. Tesseract takes a few seconds a page at
// the resolution used, so a statement of a dozen scanned pages is read in
// well under a minute; a longer scan is not a statement.
const (
	maxPages    = 40
	pageTimeout = 60 * time.Second
	fileTimeout = 5 * time.Minute
	dpi         = "300" // tesseract's accuracy falls off below about 300 dpi
)

// tools are the programs OCR needs: pdfinfo and pdftoppm (poppler-utils)
// to count and render pages, tesseract (tesseract-ocr) to read them.
type tools struct{ pdfinfo, pdftoppm, tesseract string }

// findTools looks the programs up on PATH; ok is false when one is missing,
// with missing naming the Debian package to install.
func findTools() (t tools, missing string, ok bool) {
	var err error
	if t.tesseract, err = exec.LookPath("tesseract"); err != nil {
		return t, "tesseract-ocr", false
	}
	if t.pdftoppm, err = exec.LookPath("pdftoppm"); err != nil {
		return t, "poppler-utils", false
	}
	if t.pdfinfo, err = exec.LookPath("pdfinfo"); err != nil {
		return t, "poppler-utils", false
	}
	return t, "", true
}
