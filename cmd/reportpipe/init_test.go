package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	exampleconfig "github.com/reportpipe/reportpipe/config"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

func TestInitCreatesWorkspace(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lscb 2026")
	out, errOut, code := runCLI(t, t.TempDir(), "init", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, p := range []string{"reportpipe.yaml", "template.yaml", "submissions", "output"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("init did not create %s: %v", p, err)
		}
	}
	for _, want := range []string{"Next steps", "reportpipe watch", "reportpipe status", "submissions/"} {
		if !strings.Contains(out, want) {
			t.Errorf("init output lacks %q:\n%s", want, out)
		}
	}
	// the written configuration is valid and points at the new folders
	cfg, err := config.Load(filepath.Join(dir, "reportpipe.yaml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Paths.Submissions != filepath.Join(dir, "submissions") || cfg.Paths.Output != filepath.Join(dir, "output") ||
		cfg.Paths.Template != filepath.Join(dir, "template.yaml") {
		t.Errorf("paths %+v", cfg.Paths)
	}
	written, _ := os.ReadFile(filepath.Join(dir, "reportpipe.yaml"))
	if !strings.Contains(string(written), "# reportpipe configuration") || len(written) < len(exampleconfig.YAML)-20 {
		t.Error("the written configuration is not the documented example")
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	mine := []byte("report:\n  board: My Board\n")
	if err := os.WriteFile(filepath.Join(dir, "reportpipe.yaml"), mine, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := runCLI(t, dir, "init")
	if code != 2 || !strings.Contains(errOut, "already exists") {
		t.Errorf("exit %d, stderr %q; want 2 and a refusal", code, errOut)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "reportpipe.yaml"))
	if string(got) != string(mine) {
		t.Error("init overwrote an existing configuration")
	}
	if _, err := os.Stat(filepath.Join(dir, "template.yaml")); err == nil {
		t.Error("init wrote part of a workspace before refusing")
	}
}
