package pipeline_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// The parts of the program and the arrows allowed between them are data,
// kept in docs/architecture.json (the project's copy of the design's
// picture), as Go keeps its own rules in go/build's deps_test.go: the
// drawing and this test cannot drift apart. The test checks every package
// of the module with the go tool:
//   - it belongs to a part;
//   - each import into another part is an arrow of the file (or the part
//     imported is open to all);
//   - no package of a "never" pair's first part reaches the second, even
//     through others;
//   - a module named under "modules" is used only by the parts it allows.

// architecture is docs/architecture.json, as far as the test reads it.
type architecture struct {
	Parts map[string]struct {
		Is []string `json:"is"`
	} `json:"parts"`
	Arrows [][]string `json:"arrows"` // from, to[, why]
	Never  [][]string `json:"never"`  // from, to, why
	Open   struct {
		Parts []string `json:"parts"`
	} `json:"open"`
	Modules map[string]struct {
		Only []string `json:"only"`
	} `json:"modules"`
}

const module = "github.com/reportpipe/reportpipe/"

func TestLayeringFollowsTheArchitectureFile(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	root := testutil.RepoRoot(t)
	arch := readArchitecture(t, filepath.Join(root, "docs", "architecture.json"))
	pkgs := listPackages(t, goBin, root)
	if len(pkgs) < 20 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	arrows := map[[2]string]bool{}
	for _, a := range arch.Arrows {
		arrows[[2]string{a[0], a[1]}] = true
	}
	for _, p := range pkgs {
		from := arch.partOf(p.path)
		if from == "" {
			t.Errorf("%s is in no part of docs/architecture.json: add it to a part's \"is\"", p.path)
			continue
		}
		for _, imp := range p.imports {
			checkImport(t, arch, arrows, p.path, from, imp)
		}
	}
	for _, n := range arch.Never {
		if arrows[[2]string{n[0], n[1]}] {
			t.Errorf("%s -> %s is both an arrow and forbidden (%s)", n[0], n[1], n[2])
		}
		for _, p := range pkgs {
			if arch.partOf(p.path) != n[0] {
				continue
			}
			for _, dep := range p.deps {
				if strings.HasPrefix(dep, module) && arch.partOf(strings.TrimPrefix(dep, module)) == n[1] {
					t.Errorf("%s reaches %s, but %s must never depend on %s: %s", p.path, strings.TrimPrefix(dep, module), n[0], n[1], n[2])
				}
			}
		}
	}
}

// checkImport checks one import of package pkg (in part from).
func checkImport(t *testing.T, arch architecture, arrows map[[2]string]bool, pkg, from, imp string) {
	t.Helper()
	for mod, rule := range arch.Modules {
		if (imp == mod || strings.HasPrefix(imp, mod+"/")) && !slices.Contains(rule.Only, from) {
			t.Errorf("%s imports %s, which only %v may use", pkg, imp, rule.Only)
		}
	}
	if !strings.HasPrefix(imp, module) {
		return
	}
	to := arch.partOf(strings.TrimPrefix(imp, module))
	if to == from || slices.Contains(arch.Open.Parts, to) {
		return
	}
	if !arrows[[2]string{from, to}] {
		t.Errorf("%s imports %s: %s -> %s is not an arrow of docs/architecture.json (add it there if the design allows it)",
			pkg, strings.TrimPrefix(imp, module), from, to)
	}
}

// partOf is the part whose folder holds pkg most closely ("" for none).
func (a architecture) partOf(pkg string) string {
	best, bestLen := "", -1
	for name, p := range a.Parts {
		for _, dir := range p.Is {
			dir = strings.TrimSuffix(dir, "/")
			if (pkg == dir || strings.HasPrefix(pkg, dir+"/")) && len(dir) > bestLen {
				best, bestLen = name, len(dir)
			}
		}
	}
	return best
}

func readArchitecture(t *testing.T, path string) architecture {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a architecture
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, list := range [][][]string{a.Arrows, a.Never} {
		for _, e := range list {
			for _, name := range e[:2] {
				if _, ok := a.Parts[name]; !ok {
					t.Fatalf("%s: %v names the part %q, which is not defined", path, e, name)
				}
			}
		}
	}
	return a
}

// pkg is one package of the module: its path inside the module, its
// direct imports (non-test) and everything it depends on.
type pkg struct {
	path          string
	imports, deps []string
}

func listPackages(t *testing.T, goBin, root string) []pkg {
	t.Helper()
	cmd := exec.Command(goBin, "list", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}\t{{join .Deps \" \"}}", "./...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		pkgs = append(pkgs, pkg{path: strings.TrimPrefix(f[0], module), imports: strings.Fields(f[1]), deps: strings.Fields(f[2])})
	}
	return pkgs
}
