package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
)

// binary is the real reportpipe, built once for the CLI tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "reportpipe-cli")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "reportpipe")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building reportpipe: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs the binary in dir and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// examplesDir returns a private copy of the bundled example submissions.
func examplesDir(t *testing.T) string {
	t.Helper()
	src := filepath.Join(testutil.RepoRoot(t), "submissions")
	dst := filepath.Join(t.TempDir(), "submissions")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

type inspectJSON struct {
	File         string  `json:"file"`
	Format       string  `json:"format"`
	Status       string  `json:"status"`
	Reason       string  `json:"reason"`
	Agency       *string `json:"agency"`
	SupersededBy string  `json:"superseded_by"`
	Blocks       []struct {
		Kind       string  `json:"kind"`
		Text       string  `json:"text"`
		Section    string  `json:"section"`
		Confidence float64 `json:"confidence"`
		Page       int     `json:"page"`
	} `json:"blocks"`
}

func decodeLines(t *testing.T, out string) []inspectJSON {
	t.Helper()
	var res []inspectJSON
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var o inspectJSON
		if err := dec.Decode(&o); err != nil {
			t.Fatalf("inspect --json printed invalid JSON: %v\n%s", err, out)
		}
		res = append(res, o)
	}
	return res
}

func TestInspectExitCodesAndReasons(t *testing.T) {
	subs := examplesDir(t)
	root := testutil.RepoRoot(t)
	cases := []struct {
		name   string
		args   []string
		code   int
		status string
		reason string
	}{
		{"good docx", []string{"inspect", "--json", filepath.Join(subs, "Riverside Community Health - LSCB statement.docx")}, 0, "ok", ""},
		{"good pdf", []string{"inspect", "--json", filepath.Join(subs, "Northgate Police statement 2025-26.pdf")}, 0, "ok", ""},
		{"good odt", []string{"inspect", "--json", filepath.Join(subs, "Westbrook College annual statement.odt")}, 0, "ok", ""},
		{"e-mail with a DOCX and its PDF: one object", []string{"inspect", "--json", filepath.Join(root, "pipeline/intake/testdata/eml/outlook-style.eml")}, 0, "ok", ""},
		{"e-mail without attachment", []string{"inspect", "--json", filepath.Join(root, "pipeline/intake/testdata/eml/no-attachment.eml")}, 3, "rejected", "no attached statement"},
		{"covering note", []string{"inspect", "--json", filepath.Join(subs, "covering note from Westbrook.txt")}, 3, "rejected", "plain-text"},
		{"lock file", []string{"inspect", "--json", filepath.Join(subs, "~$verside Community Health - LSCB statement.docx")}, 3, "rejected", "Word leaves these"},
		{"no arguments", []string{"inspect"}, 2, "", ""},
		{"unknown flag", []string{"inspect", "--nope", "x"}, 2, "", ""},
		{"bad config", []string{"inspect", "--config", filepath.Join(t.TempDir(), "missing.yaml"), "x"}, 2, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, root, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, out, errOut)
			}
			if c.status == "" {
				if !strings.Contains(errOut, "reportpipe:") {
					t.Errorf("a usage error should explain itself on stderr, got %q", errOut)
				}
				return
			}
			objs := decodeLines(t, out)
			if len(objs) != 1 || objs[0].Status != c.status {
				t.Fatalf("want one object with status %q, got %+v", c.status, objs)
			}
			if c.reason != "" && !strings.Contains(objs[0].Reason, c.reason) {
				t.Errorf("reason %q does not say %q", objs[0].Reason, c.reason)
			}
			if c.status == "ok" && len(objs[0].Blocks) == 0 {
				t.Errorf("no blocks read from %s", c.args[2])
			}
		})
	}
}

func TestInspectReadableOutline(t *testing.T) {
	subs := examplesDir(t)
	out, _, code := runCLI(t, subs, "inspect", "Riverside Community Health - LSCB statement.docx")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"[context]", "[development]", "table"} {
		if !strings.Contains(out, want) {
			t.Errorf("outline lacks %q:\n%s", want, out)
		}
	}
}
