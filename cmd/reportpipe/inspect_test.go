package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// inspect on a file in the submissions folder that a later version
// supersedes says so and names the version used; a file that does not
// exist is a usage error in one sentence.
func TestInspectSaysSupersededAndMissing(t *testing.T) {
	root := testutil.RepoRoot(t)
	cfg := filepath.Join(root, "config", "reportpipe.yaml")
	v1 := filepath.Join(root, "submissions", "Hillside Housing statement v1.docx")
	out, errOut, code := runCLI(t, root, "inspect", "--json", "--config", cfg, v1)
	if code != 0 {
		t.Fatalf("inspect: exit %d %s", code, errOut)
	}
	got := decodeLines(t, out)
	if len(got) != 1 || !strings.Contains(got[0].SupersededBy, "Hillside Housing statement v2 - updated figures.docx (its name says version 2)") {
		t.Errorf("inspect of v1 does not say it is superseded by v2:\n%s", out)
	}
	_, errOut, code = runCLI(t, t.TempDir(), "inspect", "no such statement.docx")
	if code != exitUsage || !strings.Contains(errOut, "no such statement.docx: there is no such file") || strings.Contains(errOut, "lstat") {
		t.Errorf("inspect of a missing file: exit %d, stderr %q; want %d and one plain sentence", code, errOut, exitUsage)
	}
}
