package ocr

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The refusals of a file OCR could not rescue. Each keeps the refusal of
// the text layer as its cause (errors.Is model.ErrNoText still holds) and
// says what OCR did or could do.

// withoutOCR is the refusal of a scanned file when a program OCR needs is
// missing: the same refusal, saying that installing it would help.
func withoutOCR(cause error, missing string) error {
	return amend(cause, "", fmt.Sprintf("; or install %s here and reportpipe reads it by OCR (see the README)", missing))
}

// unreadableWithoutOCR is the quality check's refusal of doc, with the
// same addition, or nil when the check would not refuse it.
func unreadableWithoutOCR(doc *model.Document, missing string) error {
	c := *doc
	c.Warnings = slices.Clone(doc.Warnings)
	if err := extract.CheckQuality(&c, model.FormatPDF); err != nil {
		return withoutOCR(err, missing)
	}
	return nil
}

func ocrFailed(cause, err error) error {
	return amend(cause, fmt.Sprintf(", and OCR could not read it (%v)", err), "")
}

func tooManyPages(cause error, n int) error {
	return amend(cause, fmt.Sprintf(", and at %d pages it is longer than the %d OCR reads", n, maxPages), "")
}

func noTextFound(cause error, warnings []string) error {
	detail := ", and OCR found no text in its pictures either"
	if len(warnings) > 0 {
		detail = fmt.Sprintf(", and OCR could not read it either (%s)", strings.Join(warnings, "; "))
	}
	return amend(cause, detail, "")
}

// amend returns cause's refusal with more said after its detail and hint.
func amend(cause error, detail, hint string) error {
	ie, ok := errors.AsType[*model.InputError](cause)
	if !ok {
		return cause
	}
	c := *ie
	c.Detail += detail
	c.Hint += hint
	return &c
}
