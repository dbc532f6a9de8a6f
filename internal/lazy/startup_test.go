package lazy

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// No package compiles a regular expression or parses a template when the
// program starts: every command would pay for it, `--help` included. Use
// lazy.Re (or sync.OnceValue) for package-level ones.
func TestNoStartUpCompiles(t *testing.T) {
	root := testutil.RepoRoot(t)
	eager := regexp.MustCompile(`^(var\s+|\t)\w+\s*=\s*(regexp\.MustCompile|template\.Must)\(`)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") ||
			strings.Contains(filepath.ToSlash(p), "/internal/testutil/") { // linked into tests only
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		inFunc := false
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "func "):
				inFunc = !strings.HasSuffix(line, "}")
			case line == "}":
				inFunc = false
			case !inFunc && eager.MatchString(line):
				rel, _ := filepath.Rel(root, p)
				t.Errorf("%s:%d compiles at start-up: %s", rel, n, strings.TrimSpace(line))
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
}
