package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Operator mistakes are refused in one sentence with exit 2, naming the
// key or flag, before anything is read; none of them grows memory or
// reads the machine (on today's code /dev/zero paths grow until the kernel
// kills the process, --submissions / walks the disk, and output equal to
// submissions reads the last draft back as a statement).
func TestOperatorMistakesAreRefusedWithExit2(t *testing.T) {
	dir := t.TempDir()
	subs := examplesDir(t)
	big := filepath.Join(dir, "big")
	os.MkdirAll(big, 0o755)
	for i := range 6 {
		os.WriteFile(filepath.Join(big, "Riverside part "+string(rune('a'+i))+".txt"), []byte("note"), 0o644)
	}
	cfgWith := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name string
		env  []string
		args []string
		says string
	}{
		{"output is the submissions folder", nil, []string{"run", "--submissions", subs, "--output", subs + "/"}, "paths.output"},
		{"submissions is /", nil, []string{"run", "--submissions", "/", "--output", filepath.Join(dir, "out1")}, "whole machine"},
		{"submissions is the home folder", []string{"HOME=" + subs}, []string{"run", "--submissions", subs, "--output", filepath.Join(dir, "out2")}, "home folder"},
		{"more files than limits.max_files", []string{"REPORTPIPE_LIMITS_MAX_FILES=5"}, []string{"run", "--submissions", big, "--output", filepath.Join(dir, "out3")}, "limits.max_files"},
		{"--config /dev/zero", nil, []string{"run", "--config", "/dev/zero", "--submissions", subs, "--output", filepath.Join(dir, "out4")}, "not an ordinary file but a device"},
		{"paths.template /dev/zero", nil, []string{"run", "--config", cfgWith("t.yaml", "paths:\n  template: /dev/zero\n"), "--submissions", subs, "--output", filepath.Join(dir, "out5")}, "paths.template"},
		{"paths.reference_docx /dev/urandom", nil, []string{"run", "--config", cfgWith("r.yaml", "paths:\n  reference_docx: /dev/urandom\n"), "--submissions", subs, "--output", filepath.Join(dir, "out6")}, "paths.reference_docx"},
		{"update /dev/zero", nil, []string{"update", "--submissions", subs, "--output", filepath.Join(dir, "out7"), "/dev/zero"}, "not an ordinary file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, code := runCLIEnv(t, dir, c.env, c.args...)
			if code != 2 || !strings.Contains(stderr, c.says) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, stderr, c.says)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n > 2 {
				t.Errorf("the refusal takes %d lines, want one sentence: %s", n+1, stderr)
			}
		})
	}
	// The flag says the operator meant it: the large folder is read.
	_, stderr, code := runCLIEnv(t, dir, []string{"REPORTPIPE_LIMITS_MAX_FILES=5"}, "run", "--allow-any-folder", "--submissions", big, "--output", filepath.Join(dir, "out8"))
	if strings.Contains(stderr, "limits.max_files") {
		t.Errorf("--allow-any-folder still refused the folder (exit %d): %s", code, stderr)
	}
}
