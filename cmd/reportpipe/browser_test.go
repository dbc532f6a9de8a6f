package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// chromiumPath is Debian's chromium, or CHROMIUM when set.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium): the browser tests skip")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns
// a context for its first tab.
func newBrowser(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancel)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// axeSource is axe-core's script as .ci/run installs it, or nil.
func axeSource(t *testing.T) []byte {
	t.Helper()
	p := os.Getenv("AXE_JS")
	if p == "" {
		p = filepath.Join(testutil.RepoRoot(t), ".ci", "node", "node_modules", "axe-core", "axe.min.js")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	return data
}

// runAxe loads axe-core into the page and runs it. A page that follows the
// workspace reloads itself when a build ends, which can fall between
// loading axe and its result; then the page is awaited and axe loaded
// again (at most three times), as a reader would simply see the new page.
func runAxe(ctx context.Context, axe []byte, run string) (string, error) {
	var err error
	for range 3 {
		if _, err = chromedp.Run(ctx, chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
			return "", err
		}
		if _, err = chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(axe))); err == nil {
			var out string
			if out, err = chromedp.Run(ctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise)); err == nil {
				return out, nil
			}
		}
		if !pageWentAway(err) {
			return "", err
		}
		time.Sleep(500 * time.Millisecond)
	}
	return "", err
}

// pageWentAway tells an error of a page that reloaded under the script.
func pageWentAway(err error) bool {
	m := err.Error()
	return strings.Contains(m, "navigated or closed") || strings.Contains(m, "context was destroyed") ||
		strings.Contains(m, "Cannot find context")
}

type axeViolation struct {
	ID    string   `json:"id"`
	Help  string   `json:"help"`
	Nodes []string `json:"nodes"`
}

// checkAxe runs axe-core on the tab's page for WCAG 2.2 A and AA and fails
// the test on any violation; without axe-core it says so and checks nothing.
func checkAxe(t *testing.T, ctx context.Context, page string, axe []byte) {
	t.Helper()
	if axe == nil {
		t.Logf("axe-core is not installed (.ci/run installs it into .ci/node): %s not checked for accessibility", page)
		return
	}
	run := `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
	  .then(r => JSON.stringify({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}))}))`
	out, err := runAxe(ctx, axe, run)
	if err != nil {
		t.Fatalf("axe on %s: %v", page, err)
	}
	var res struct {
		Passes     int            `json:"passes"`
		Violations []axeViolation `json:"violations"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Passes == 0 {
		t.Fatalf("axe on %s: %v (%s)", page, err, out)
	}
	t.Logf("axe-core on %s: %d rules passed, %d violations", page, res.Passes, len(res.Violations))
	for _, v := range res.Violations {
		t.Errorf("axe on %s: %s (%s) at %v", page, v.ID, v.Help, v.Nodes)
	}
}

// screenshot saves the page as docs/NAME.png for the README when
// REPORTPIPE_SCREENSHOTS is set; otherwise it does nothing.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if os.Getenv("REPORTPIPE_SCREENSHOTS") == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(testutil.RepoRoot(t), "docs", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
