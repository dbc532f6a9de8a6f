package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fakeEngine is an engine that tells what it was given: its arguments,
// one environment variable and its standard input, with the exit code
// named by FAKE_EXIT. It stands in for reportpipe-engine beside a front.
const fakeEngine = `package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	fmt.Printf("args=%q\nenv=%s\nstdin=%s\n", os.Args[1:], os.Getenv("FAKE_VALUE"), in)
	fmt.Fprintln(os.Stderr, "to stderr")
	code, _ := strconv.Atoi(os.Getenv("FAKE_EXIT"))
	os.Exit(code)
}
`

// frontWithFakeEngine copies the front into a folder of its own beside
// the fake engine.
func frontWithFakeEngine(t *testing.T) string {
	t.Helper()
	d := t.TempDir()
	src := filepath.Join(d, "fake")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "main.go"), []byte(fakeEngine), 0o644)
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module fake\n\ngo 1.22\n"), 0o644)
	build := exec.Command("go", "build", "-o", filepath.Join(d, exe(engineName)), ".")
	build.Dir = src
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the fake engine: %v\n%s", err, out)
	}
	copyFront(t, d)
	return d
}

func copyFront(t *testing.T, to string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, exe("reportpipe")))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to, exe("reportpipe")), data, 0o755); err != nil {
		t.Fatal(err)
	}
}

// Every command line but help and version goes to the engine unchanged,
// with the environment and standard input, and the engine's exit code is
// the front's.
func TestFrontPassesCommandsToTheEngine(t *testing.T) {
	d := frontWithFakeEngine(t)
	cases := [][]string{
		{"run", "--config", "a b/reportpipe.yaml"},
		{"inspect", "--json", "Riverside – statement.pdf", ""},
		{}, // bare reportpipe: the engine shows help, or the web app on a double-click
		{"--help", "run"},
		{"-v", "--help"},
		{"version", "--help"},
		{"help", "run"},
	}
	for i, args := range cases {
		out, stderr, code := run(t, d, "reportpipe", "statement text\n", []string{"FAKE_VALUE=Northgate", "FAKE_EXIT=" + []string{"0", "3", "130"}[i%3]}, args...)
		want := "args=" + quoteArgs(args) + "\nenv=Northgate\nstdin=statement text\n\n"
		if out != want {
			t.Errorf("reportpipe %q: the engine got\n%s\nwant\n%s", args, out, want)
		}
		if stderr != "to stderr\n" {
			t.Errorf("reportpipe %q: stderr %q", args, stderr)
		}
		if wantCode := []int{0, 3, 130}[i%3]; code != wantCode {
			t.Errorf("reportpipe %q: exit %d, want the engine's %d", args, code, wantCode)
		}
	}
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return "[" + strings.Join(q, " ") + "]"
}

// An engine that cannot be run is named, with why.
func TestFrontSaysWhyTheEngineCannotStart(t *testing.T) {
	d := t.TempDir()
	copyFront(t, d)
	if err := os.WriteFile(filepath.Join(d, exe(engineName)), []byte("not a program"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, d, "reportpipe", "", nil, "status")
	if code != exitInternal || !strings.Contains(stderr, "cannot be started (") || !strings.Contains(stderr, "Hint:") {
		t.Errorf("an engine that cannot run: exit %d\n%s", code, stderr)
	}
}

// A link to the front on the PATH finds the engine beside the file it
// links to.
func TestFrontFindsTheEngineThroughALink(t *testing.T) {
	d := frontWithFakeEngine(t)
	links := t.TempDir()
	if err := os.Symlink(filepath.Join(d, exe("reportpipe")), filepath.Join(links, exe("reportpipe"))); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	out, _, code := run(t, links, "reportpipe", "", []string{"FAKE_EXIT=0"}, "status")
	if code != 0 || !strings.HasPrefix(out, `args=["status"]`) {
		t.Errorf("through a link: exit %d, %q", code, out)
	}
}

// A front copied without its engine still answers help and version, and
// for a command says what is missing and what to do.
func TestFrontWithoutItsEngineSaysWhatToDo(t *testing.T) {
	d := t.TempDir()
	copyFront(t, d)
	if out, _, code := run(t, d, "reportpipe", "", nil, "--help"); code != 0 || out != helpText {
		t.Errorf("--help without the engine: exit %d", code)
	}
	if out, _, code := run(t, d, "reportpipe", "", nil, "version"); code != 0 || !strings.HasPrefix(out, "reportpipe v9.8.7-test") {
		t.Errorf("version without the engine: exit %d, %q", code, out)
	}
	out, stderr, code := run(t, d, "reportpipe", "", nil, "run")
	if code != exitInternal || out != "" {
		t.Errorf("run without the engine: exit %d, stdout %q; want exit %d", code, out, exitInternal)
	}
	for _, want := range []string{"reportpipe: ", filepath.Join(d, exe(engineName)), "is not there", "Hint:", "same folder"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the message lacks %q:\n%s", want, stderr)
		}
	}
}
