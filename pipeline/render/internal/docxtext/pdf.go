package docxtext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ErrNoTools means soffice or pdftotext is not on PATH.
var ErrNoTools = errors.New("soffice or pdftotext is not on PATH (CI installs libreoffice and poppler-utils)")

// PDFText converts a .docx to PDF with LibreOffice headless (in its own
// profile folder, so parallel runs do not fight) and returns the PDF's text
// with every run of white space made one space, as pdftotext wraps lines.
func PDFText(docx []byte, workDir string) (string, error) {
	for _, tool := range []string{"soffice", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			return "", ErrNoTools
		}
	}
	in := filepath.Join(workDir, "draft.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := fmt.Sprintf("/tmp/lo-renderhelper-%d", os.Getpid())
	defer os.RemoveAll(profile)
	out, err := exec.CommandContext(ctx, "soffice", "-env:UserInstallation=file://"+profile,
		"--headless", "--convert-to", "pdf", "--outdir", workDir, in).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("soffice: %v: %s", err, out)
	}
	pdf := filepath.Join(workDir, "draft.pdf")
	if _, err := os.Stat(pdf); err != nil {
		return "", fmt.Errorf("LibreOffice wrote no PDF (it could not open the draft): %s", out)
	}
	text, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		return "", fmt.Errorf("pdftotext: %w", err)
	}
	return strings.Join(strings.Fields(bodyOnly(string(text))), " "), nil
}

// bodyOnly drops the draft header line and the page number that end or
// start each page in pdftotext's output, so a paragraph split over two
// pages reads as one.
func bodyOnly(text string) string {
	pages := strings.Split(text, "\f")
	for i, pg := range pages {
		lines := strings.Split(pg, "\n")
		var keep []string
		for _, l := range lines {
			if !strings.HasPrefix(strings.TrimSpace(l), "DRAFT for review:") {
				keep = append(keep, l)
			}
		}
		for j := len(keep) - 1; j >= 0; j-- {
			t := strings.TrimSpace(keep[j])
			if t == "" {
				continue
			}
			if strings.Trim(t, "0123456789") == "" {
				keep = append(keep[:j], keep[j+1:]...)
			}
			break
		}
		pages[i] = strings.Join(keep, "\n")
	}
	return strings.Join(pages, "\n")
}

// InOrder returns the first of want not found in text after the previous
// one (white space normalised), or "" when all are there in order.
func InOrder(text string, want []string) string {
	at := 0
	for _, w := range want {
		w = strings.Join(strings.Fields(w), " ")
		i := strings.Index(text[at:], w)
		if i < 0 {
			return w
		}
		at += i + len(w)
	}
	return ""
}
