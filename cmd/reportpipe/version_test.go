package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The version make dist stamps in with -ldflags is what `version` prints.
func TestVersionIsStamped(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "reportpipe")
	build := exec.Command("go", "build", "-ldflags", "-X main.version=v9.8.7-test", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "reportpipe v9.8.7-test ") {
		t.Errorf("version: %q, %v; want the stamped version", out, err)
	}
	plain, _, code := runCLI(t, t.TempDir(), "version")
	if code != 0 || !strings.HasPrefix(plain, "reportpipe dev") {
		t.Errorf("unstamped version: %q (exit %d), want dev", plain, code)
	}
}
