package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The front links none of the libraries whose initialisers make the
// engine's start dear: the list is docs/architecture.json's "links" of the
// part Front, checked on every package the front links, for each system
// reportpipe ships for (the front's files differ by system).
func TestFrontLinksNoHeavyLibrary(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "architecture.json"))
	if err != nil {
		t.Fatal(err)
	}
	var arch struct {
		Links map[string]struct {
			Never []string `json:"never"`
		} `json:"links"`
	}
	if err := json.Unmarshal(data, &arch); err != nil {
		t.Fatal(err)
	}
	never := arch.Links["Front"].Never
	if len(never) < 4 {
		t.Fatalf("docs/architecture.json lists %d libraries the front must not link", len(never))
	}
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command("go", "list", "-deps", ".")
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps (%s): %v", goos, err)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 10 {
			t.Fatalf("go list -deps (%s) found %d packages", goos, len(deps))
		}
		for _, dep := range deps {
			for _, n := range never {
				if dep == n || strings.HasPrefix(dep, n+"/") {
					t.Errorf("on %s the front links %s (not allowed: %s)", goos, dep, n)
				}
			}
		}
	}
}
