package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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
