package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newWorkspace runs `reportpipe init --example` in a fresh folder and
// returns it, with its submissions folder emptied of the example
// statements so each test brings its own.
func newWorkspace(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "lscb")
	if out, errOut, code := runCLI(t, t.TempDir(), "init", "--example", dir); code != 0 {
		t.Fatalf("init: exit %d\n%s%s", code, out, errOut)
	}
	subs := filepath.Join(dir, "submissions")
	if err := os.RemoveAll(subs); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(subs, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeDocx makes a real DOCX from fictional Markdown with pandoc.
func writeDocx(t *testing.T, path, markdown string) {
	t.Helper()
	if _, err := exec.LookPath("pandoc"); err != nil {
		t.Skip("pandoc is not installed")
	}
	md := path + ".md"
	if err := os.WriteFile(md, []byte(markdown), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(md)
	tmp := filepath.Join(t.TempDir(), filepath.Base(path))
	if out, err := exec.Command("pandoc", md, "-o", tmp).CombinedOutput(); err != nil {
		t.Fatalf("pandoc: %v\n%s", err, out)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	// written in one go, as a copy into the folder would be
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// statementMD is a fictional five-part statement.
func statementMD(agency string) string {
	return "# " + agency + "\n\n" +
		"## Agency Context\n\n" + agency + " serves the borough of Riverside with 420 staff across six sites.\n\n" +
		"## Safeguarding Children Activity\n\nWe trained 380 staff in recognising neglect and made 57 referrals.\n\n" +
		"- A designated safeguarding lead on every site\n- Monthly supervision for front-line staff\n\n" +
		"## Outcomes and Impact of Safeguarding Children Activity\n\nReferrals now include the child's voice in nine cases out of ten.\n\n" +
		"## Key Successes\n\nThe early help pathway was agreed with the board in September.\n\n" +
		"## Key Areas for Development\n\nWe will audit the quality of referrals twice a year.\n"
}

// runCLIEnv is runCLI with extra environment variables.
func runCLIEnv(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1"), env...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), errb.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %v: %v", args, err)
	}
	return out.String(), errb.String(), 0
}

// runToOneDraft runs `run` in the workspace dir, which must succeed and
// write exactly one draft, and returns that draft's path.
func runToOneDraft(t *testing.T, dir string) string {
	t.Helper()
	if out, errOut, code := runCLI(t, dir, "run"); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	drafts, _ := filepath.Glob(filepath.Join(dir, "output", "*-draft-*.docx"))
	if len(drafts) != 1 {
		t.Fatalf("want one draft, got %v", drafts)
	}
	return drafts[0]
}
