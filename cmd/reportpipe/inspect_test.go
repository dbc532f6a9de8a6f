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

// inspect --json stays valid JSON when the text holds control characters
// that the JSON encoder leaves raw (DEL, C1) and the terminal guard escapes.
func TestInspectJSONWithControlCharacters(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Westbrook College statement.docx")
	writeDocx(t, path, strings.Replace(statementMD("Westbrook College"), "57 referrals", "57\u0094 referrals\u007f", 1))
	out, errOut, code := runCLI(t, dir, "inspect", "--json", path)
	if code != 0 {
		t.Fatalf("inspect: exit %d %s", code, errOut)
	}
	got := decodeLines(t, out)
	found := false
	for _, b := range got[0].Blocks {
		found = found || strings.Contains(b.Text, "57\u0094 referrals\u007f")
	}
	if !found {
		t.Errorf("the text with its control characters did not come back through the JSON:\n%s", out)
	}
}
