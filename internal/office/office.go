// Package office runs LibreOffice headless: the one place that knows how
// to call soffice safely (a private profile, so parallel runs and a
// LibreOffice the user has open never meet; a time bound, since a
// conversion finishes in seconds or hangs).
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

// Started, when set, is called each time LibreOffice is started, so a
// test or a benchmark can count the starts a piece of work costs.
var Started func()

// Convert converts in into outDir as to (a --convert-to target: "docx",
// or "pdf:writer_pdf_Export:{...}"), with LibreOffice's profile in
// profileDir, within timeout (or the context's sooner deadline). The error
// says in plain words why nothing was converted.
func Convert(ctx context.Context, in, to, outDir, profileDir string, timeout time.Duration) error {
	return run(ctx, profileDir, timeout, filepath.Dir(in), "--convert-to", to, "--outdir", outDir, in)
}

// RunMacro starts LibreOffice once, headless, with its profile in
// profileDir, to run macroURL ("macro:///Library.Module.Sub(args)", a
// Basic macro installed in that profile), within timeout. The macro ends
// LibreOffice itself (StarDesktop.terminate) when its work is done.
func RunMacro(ctx context.Context, macroURL, profileDir string, timeout time.Duration) error {
	return run(ctx, profileDir, timeout, "", "--nologo", "--nodefault", macroURL)
}

// run starts soffice headless with its profile in profileDir and args,
// in folder dir ("" for the current one), and waits for it within timeout.
func run(ctx context.Context, profileDir string, timeout time.Duration, dir string, args ...string) error {
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
	profileURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(profile)}).String()
	cmd := exec.CommandContext(ctx, soffice, append([]string{"-env:UserInstallation=" + profileURL, "--headless", "--norestore"}, args...)...)
	cmd.Dir = dir
	cmd.WaitDelay = 5 * time.Second
	if Started != nil {
		Started()
	}
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
