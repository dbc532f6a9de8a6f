package officepdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
)

// taggedPDFFilter asks LibreOffice for a tagged PDF: its headings, lists
// and tables are marked, so a screen reader can follow the published
// report on the board's website.
const taggedPDFFilter = `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`

// timeout bounds one conversion; a report of a few hundred pages takes
// well under a minute.
const timeout = 3 * time.Minute

// ErrNoOffice means LibreOffice is not installed, so no PDF is written.
var ErrNoOffice = errors.New("LibreOffice (soffice) is not on PATH, so no PDF of the version to publish was written; install it, or save the .final.docx as PDF from Word")

// TaggedPDF converts the version to publish into a tagged PDF beside it
// (NAME.final.pdf). LibreOffice writes into a private folder inside the
// output folder (its own profile too, so it never meets a LibreOffice the
// user has open); the PDF then takes its name by a hard link, which never
// replaces a file.
func TaggedPDF(ctx context.Context, docxPath string) (string, error) {
	tmp, err := os.MkdirTemp(filepath.Dir(docxPath), ".pdf-*")
	if err != nil {
		return "", fmt.Errorf("PDF of %s: %w", filepath.Base(docxPath), err)
	}
	defer os.RemoveAll(tmp)
	pdf, err := convert(ctx, docxPath, tmp, taggedPDFFilter)
	if err != nil {
		return "", err
	}
	dst := strings.TrimSuffix(docxPath, ".docx") + ".pdf"
	if err := os.Link(pdf, dst); err != nil {
		return "", fmt.Errorf("PDF of %s: %w", filepath.Base(docxPath), err)
	}
	return dst, nil
}

// convert converts docxPath to PDF in dir with LibreOffice, in a profile
// of its own inside dir, and returns the PDF's path.
func convert(ctx context.Context, docxPath, dir, filter string) (string, error) {
	err := office.Convert(ctx, docxPath, filter, dir, filepath.Join(dir, "profile"), timeout)
	if errors.Is(err, office.ErrNotInstalled) {
		return "", ErrNoOffice
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(docxPath), ".docx")+".pdf")
	if _, serr := os.Stat(pdf); err != nil || serr != nil {
		return "", fmt.Errorf("LibreOffice could not convert %s to PDF: %v", filepath.Base(docxPath), err)
	}
	return pdf, nil
}
