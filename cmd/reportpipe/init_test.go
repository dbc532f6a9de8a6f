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
	if !strings.Contains(string(written), "# reportpipe configuration") || len(written) < len(exampleconfig.YAML)/2 {
		t.Error("the written configuration is not the documented one")
	}
	if strings.Contains(string(written), "Riverside") && !strings.Contains(string(written), "#  - name:") ||
		cfg.Report.Board != exampleconfig.BoardPlaceholder || len(cfg.Agencies) != 0 {
		t.Errorf("a new board's config must not be the Riverside example: board %q, %d agencies", cfg.Report.Board, len(cfg.Agencies))
	}
}

// A new workspace's title-page values are placeholders: run refuses to
// print them and says where to set them; status still works.
func TestRunRefusesPlaceholders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lscb")
	if _, errOut, code := runCLI(t, t.TempDir(), "init", dir); code != 0 {
		t.Fatalf("init: exit %d %s", code, errOut)
	}
	_, errOut, code := runCLI(t, dir, "run")
	want := "report.board: is still the placeholder " + exampleconfig.BoardPlaceholder + ": set it in " + filepath.Join(dir, "reportpipe.yaml")
	if code != exitUsage || !strings.Contains(errOut, want) {
		t.Errorf("run: exit %d, stderr %q; want %d and %q", code, errOut, exitUsage, want)
	}
	if _, errOut, code := runCLI(t, filepath.Join(dir, "submissions"), "status"); code != 0 ||
		!strings.Contains(errOut, "using "+filepath.Join(dir, "reportpipe.yaml")) {
		t.Errorf("status in the workspace's submissions folder: exit %d, stderr %q; want 0 and the parent's config named", code, errOut)
	}
}

// Outside a workspace, the commands that need one say so and exit 2,
// unless the flags name the folders.
func TestNoWorkspace(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"status"}, {"status", "--chase"}, {"run"}, {"run", "--submissions", dir}} {
		out, errOut, code := runCLI(t, dir, args...)
		if code != exitUsage || !strings.Contains(errOut, "no reportpipe.yaml here or in a parent folder: run `reportpipe init`, or pass --config") {
			t.Errorf("%v: exit %d, stdout %q stderr %q; want %d and the sentence", args, code, out, errOut, exitUsage)
		}
	}
	subs := filepath.Join(dir, "in")
	if err := os.Mkdir(subs, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(t, dir, "status", "--submissions", subs); code != 0 {
		t.Errorf("status --submissions: exit %d %s; the flag gives all status needs", code, errOut)
	}
}

// init refuses in plain words a folder it cannot make.
func TestInitIntoAFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "lscb")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{file, filepath.Join(file, "reportpipe.yaml")} {
		_, errOut, code := runCLI(t, dir, "init", target)
		if code != exitUsage || strings.Contains(errOut, "mkdir") {
			t.Errorf("init %s: exit %d, stderr %q; want %d and a plain sentence", target, code, errOut, exitUsage)
		}
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

// init --example gives a workspace whose first run compiles the example
// statements into a draft at once (exit 0), not "Compiled 0 statement(s)".
func TestInitExampleRunsAtOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "try")
	out, errOut, code := runCLI(t, t.TempDir(), "init", "--example", dir)
	if code != 0 || !strings.Contains(out, "fictional example statements") {
		t.Fatalf("init --example: %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "submissions", "Northgate Police statement 2025-26.pdf")); err != nil {
		t.Errorf("the example PDF is not in submissions/: %v", err)
	}
	out, errOut, code = runCLI(t, dir, "run")
	if code != 0 || !strings.Contains(out, "Compiled 4 statement(s)") {
		t.Errorf("run after init --example: exit %d\n%s%s", code, out, errOut)
	}
	if drafts, _ := filepath.Glob(filepath.Join(dir, "output", "*.docx")); len(drafts) != 1 {
		t.Errorf("want one Word draft, got %v", drafts)
	}
}
