package officepdf

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
)

// SessionOptions tune the one LibreOffice start of the version to publish.
type SessionOptions struct {
	// Profile is LibreOffice's profile folder, kept between calls (in the
	// output folder's cache) so each start skips a first-start setup; the
	// macro the session runs is installed there. Empty: a temporary one.
	Profile string
	// Timeout bounds the start (3 minutes when 0).
	Timeout time.Duration
}

// Publish makes the tagged PDF of a document to publish in one start of
// LibreOffice: a Basic macro opens it, updates its indexes (the contents,
// with their page numbers), exports a tagged PDF/UA (headings, lists,
// tables with header cells, alt text, the title and language from the
// document's properties) and ends LibreOffice. It returns the PDF and the
// page of each contents line (in the order of contents, as the PDF's own
// contents page gives them; nil when pdftotext is not installed).
func Publish(ctx context.Context, docx []byte, contents []string, opts SessionOptions) (pdf []byte, pages []int, err error) {
	if _, err := exec.LookPath("soffice"); err != nil {
		return nil, nil, fmt.Errorf("%w, so the tagged PDF and the page numbers of the version to publish cannot be made: install it (libreoffice-writer-nogui on Debian or Ubuntu)", office.ErrNotInstalled)
	}
	work, err := os.MkdirTemp("", "reportpipe-publish-*")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(work)
	profile := opts.Profile
	if profile == "" {
		profile = filepath.Join(work, "profile")
	}
	if err := installMacro(profile); err != nil {
		return nil, nil, fmt.Errorf("LibreOffice profile %s: %w", profile, err)
	}
	in, out := filepath.Join(work, "publish.docx"), filepath.Join(work, "publish.pdf")
	if err := os.WriteFile(in, docx, 0o600); err != nil {
		return nil, nil, err
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = 3 * time.Minute
	}
	macro := `macro:///Reportpipe.Publish.Run("` + fileURL(in) + `","` + fileURL(out) + `")`
	if err := office.RunMacro(ctx, macro, profile, timeout); err != nil {
		return nil, nil, err
	}
	if pdf, err = os.ReadFile(out); err != nil || len(pdf) == 0 {
		return nil, nil, errors.New("LibreOffice could not make the PDF of the version to publish (it could not open the document, or the export failed)")
	}
	return pdf, contentsPages(ctx, out, contents), nil
}

// fileURL is path as a file URL, escaped so it can stand in a Basic string.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// contentsPages reads the page numbers off the PDF's contents page, which
// LibreOffice filled in when it updated the contents.
func contentsPages(ctx context.Context, pdf string, contents []string) []int {
	if _, err := exec.LookPath("pdftotext"); err != nil || len(contents) == 0 {
		return nil
	}
	text, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", "-l", "20", pdf, "-").Output()
	if err != nil {
		return nil
	}
	return tocPages(strings.Split(string(text), "\n"), contents)
}
