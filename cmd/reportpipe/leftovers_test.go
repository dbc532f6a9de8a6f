package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/render"
)

// A run killed with -9 while writing leaves its lock and its temporaries
// (made here as it leaves them, with the lock naming a process that has
// exited). The next run takes the lock over, removes that debris, and
// publishes a complete set that latest.json names.
func TestRunAfterAKilledRunCleansUpAndPublishesAWholeSet(t *testing.T) {
	dir, subs := perFileWorkspace(t)
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true command:", err)
	}
	host, _ := os.Hostname()
	lock, _ := json.Marshal(render.LockInfo{PID: dead.ProcessState.Pid(), Host: host})
	debris := map[string]string{render.LockName: string(lock),
		".draft-2231.docx.tmp": "PK half a docx", ".draft-2232.md.tmp": "# half"}
	for name, text := range debris {
		if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runExamples(t, dir, subs)
	ents, _ := os.ReadDir(out)
	var left []string
	for _, e := range ents {
		left = append(left, e.Name())
		if strings.HasSuffix(e.Name(), ".tmp") || e.Name() == render.LockName {
			t.Errorf("%s left behind", e.Name())
		}
	}
	l, err := render.ReadLatest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{"docx", "md", "html", "json"} {
		if f := l.Files[ext]; f == "" || !slices.Contains(left, f) {
			t.Errorf("latest.json names %q for %s; the folder holds %v", f, ext, left)
		}
	}
}

// A run whose writes fail part-way through the set (the real binary under
// a 20 kB file size limit, so the HTML draft of the examples cannot be
// written while the smaller files can; --force, since nothing changed)
// exits 1 saying so, publishes nothing, leaves no temporaries, and
// latest.json stays on the last set.
func TestRunThatCannotWriteTheWholeSetPublishesNothing(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash to set a file size limit with")
	}
	dir, subs := perFileWorkspace(t)
	out := filepath.Join(dir, "out")
	runExamples(t, dir, subs)
	before, err := os.ReadFile(filepath.Join(out, render.LatestName))
	if err != nil {
		t.Fatal(err)
	}
	drafts, _ := filepath.Glob(filepath.Join(out, "*-draft-*"))
	cmd := exec.Command("bash", "-c", `ulimit -f 20 && exec "$0" "$@"`, binary, "run", "--force", "--config", filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml"), "--submissions", subs, "--output", out)
	cmd.Dir = dir
	msg, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1\n%s", err, msg)
	}
	for _, want := range []string{"file too large", "no draft was published", "latest.json still names the last complete set"} {
		if !strings.Contains(string(msg), want) {
			t.Errorf("output lacks %q:\n%s", want, msg)
		}
	}
	after, _ := os.ReadFile(filepath.Join(out, render.LatestName))
	if string(after) != string(before) {
		t.Errorf("latest.json changed:\n%s\nwas\n%s", after, before)
	}
	now, _ := filepath.Glob(filepath.Join(out, "*-draft-*"))
	if len(now) != len(drafts) {
		t.Errorf("drafts %v, want only the first set %v", now, drafts)
	}
	ents, _ := os.ReadDir(out)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("%s left behind", e.Name())
		}
	}
}
