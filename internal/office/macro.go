package office

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"path/filepath"
	"time"
)

// Started, when set, is called each time LibreOffice is started, so a
// test or a benchmark can count the starts a piece of work costs.
var Started func()

// RunMacro starts LibreOffice once, headless, with its profile in
// profileDir, to run macroURL ("macro:///Library.Module.Sub(args)", a
// Basic macro installed in that profile), within timeout. The macro ends
// LibreOffice itself (StarDesktop.terminate) when its work is done.
func RunMacro(ctx context.Context, macroURL, profileDir string, timeout time.Duration) error {
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
		"--headless", "--norestore", "--nologo", "--nodefault", macroURL)
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
