package pipeline_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// The stages depend only on what they need: none pulls in the
// configuration (and viper with it), and the analysis does not reach into
// mapping for the language-model client. This is the design's layering,
// checked with the go tool so a new import cannot quietly break it.
func TestStagesDoNotImportConfigOrEachOther(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	const mod = "github.com/reportpipe/reportpipe/"
	rules := []struct {
		pkgs      string
		forbidden []string
	}{
		{"./pipeline/intake", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
		{"./pipeline/extract/...", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
		{"./pipeline/mapping/...", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
		{"./pipeline/assemble", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
		{"./pipeline/analysis/...", []string{"github.com/spf13/viper", mod + "pipeline/config", mod + "pipeline/mapping"}},
		{"./pipeline/render/...", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
		{"./pipeline/llm", []string{"github.com/spf13/viper", mod + "pipeline/config"}},
	}
	for _, r := range rules {
		cmd := exec.Command(goBin, "list", "-deps", r.pkgs)
		cmd.Dir = testutil.RepoRoot(t)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", r.pkgs, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range r.forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					t.Errorf("%s depends on %s", r.pkgs, dep)
				}
			}
		}
	}
}
