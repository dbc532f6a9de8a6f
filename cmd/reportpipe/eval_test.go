package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

func TestEvalScoresTheCorpus(t *testing.T) {
	corpus := testutil.CorpusDir(t)
	out, errOut, code := runCLI(t, t.TempDir(), "eval", "--config", filepath.Join(corpus, "config.yaml"), corpus)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	m := regexp.MustCompile(`overall coverage ([0-9.]+) accuracy ([0-9.]+) agency (\d+)/(\d+) rejects (\d+)/(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no overall line:\n%s", out)
	}
	cov, _ := strconv.ParseFloat(m[1], 64)
	if cov < minCoverage || m[3] != m[4] || m[5] != m[6] || m[6] != "2" {
		t.Errorf("eval's overall line misses the targets: %s", m[0])
	}
	if strings.Count(out, "\n") < 22 {
		t.Errorf("want a line per corpus file, got:\n%s", out)
	}
}

func TestEvalWithoutTruthIsAUsageError(t *testing.T) {
	_, errOut, code := runCLI(t, t.TempDir(), "eval", t.TempDir())
	if code != 2 || !strings.Contains(errOut, "truth") {
		t.Fatalf("exit %d, stderr %q; want 2 and a word about the truth files", code, errOut)
	}
}

// A corpus folder that does not exist is named as such, with no Go value
// such as "(<nil>)" in the message.
func TestEvalOfAMissingFolderSaysSo(t *testing.T) {
	_, errOut, code := runCLI(t, t.TempDir(), "eval", "/nonexistent")
	if code != 2 || !strings.Contains(errOut, "/nonexistent is not a folder") || strings.Contains(errOut, "<nil>") {
		t.Fatalf("exit %d, stderr %q; want 2 and that /nonexistent is not a folder", code, errOut)
	}
}
