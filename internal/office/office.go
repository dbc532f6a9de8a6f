// Package office runs LibreOffice headless to convert one file: the one
// place that knows how to call soffice safely (a private profile, so
// parallel runs and a LibreOffice the user has open never meet; a time
// bound, since a conversion finishes in seconds or hangs).
package office

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// ErrNotInstalled is the cause when soffice is not on PATH.
var ErrNotInstalled = errors.New("LibreOffice is not installed here")

// Convert converts in into outDir as to (a --convert-to target: "docx",
// or "pdf:writer_pdf_Export:{...}"), with LibreOffice's profile in
// profileDir, within timeout (or the context's sooner deadline). The error
// says in plain words why nothing was converted.
func Convert(ctx context.Context, in, to, outDir, profileDir string, timeout time.Duration) error {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		return ErrNotInstalled
	}
	profile, err := filepath.Abs(profileDir)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+(&url.URL{Scheme: "file", Path: filepath.ToSlash(profile)}).String(),
		"--headless", "--norestore", "--convert-to", to, "--outdir", outDir, in)
	cmd.Dir = filepath.Dir(in)
	cmd.WaitDelay = 5 * time.Second
	msg, err := cmd.CombinedOutput()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return fmt.Errorf("LibreOffice failed (%v): %s", err, firstLine(msg))
		}
		return fmt.Errorf("LibreOffice could not be run: %v", err)
	}
	return nil
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(string(b), "\n")
	return s
}
