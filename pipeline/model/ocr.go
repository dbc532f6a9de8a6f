package model

import (
	"fmt"
	"strings"
)

// OCRNote is what every page read by OCR is marked with. Its wording is
// the contract between the reader that did the OCR (which writes it into
// Document.Warnings) and assemble (which turns such a warning into a FlagOCR
// flag); a warning stays a string so cached documents keep the mark.
const OCRNote = "read by OCR: check against the original"

// OCRWarning is the warning for page (1-based) of a document read by OCR.
func OCRWarning(page int) string {
	return fmt.Sprintf("page %d: %s", page, OCRNote)
}

// IsOCRWarning reports whether a Document warning marks a page read by OCR.
func IsOCRWarning(w string) bool { return strings.Contains(w, OCRNote) }
