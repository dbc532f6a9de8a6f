package main

import (
	"strings"
	"testing"
)

// Every mistake on the command line exits 2 with a reason on stderr,
// whichever of cobra's checks finds it, before anything is read.
func TestCommandLineMistakesExitTwo(t *testing.T) {
	cases := []struct {
		name string
		args []string
		say  string
	}{
		{"bad flag", []string{"run", "--nope"}, "unknown flag: --nope"},
		{"bad shorthand", []string{"status", "-z"}, "unknown shorthand flag"},
		{"bad global flag", []string{"--nope", "status"}, "unknown flag: --nope"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate" for "reportpipe"`},
		{"misspelt command", []string{"stauts"}, "Did you mean this?\n\tstatus"},
		{"argument to a command that takes none", []string{"run", "extra"}, `unknown command "extra" for "reportpipe run"`},
		{"too many arguments", []string{"eval", "a", "b"}, "accepts 1 arg(s), received 2"},
		{"too many for init", []string{"init", "a", "b"}, "accepts at most 1 arg(s)"},
		{"flags that exclude each other", []string{"status", "--json", "--chase"}, "[json chase]"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, dir, c.args...)
			if code != exitUsage || !strings.Contains(errOut, "reportpipe: ") || !strings.Contains(errOut, c.say) {
				t.Errorf("exit %d, stderr %q, stdout %q; want exit 2 saying %q", code, errOut, out, c.say)
			}
		})
	}
}

// Typing the checks did not change what a bare command or --help does.
func TestBareCommandShowsHelp(t *testing.T) {
	for _, args := range [][]string{nil, {"--help"}, {"help", "run"}} {
		out, errOut, code := runCLI(t, t.TempDir(), args...)
		if code != exitOK || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want help and exit 0", args, code, errOut, out)
		}
	}
}

// A remote language model without llm.allow_remote is a configuration
// error: exit 2, naming the host and the key to set. (Validate refuses it
// first; the client's guard, behind it, gives the same exit code through
// the wiring, which pipeline's own test checks.)
func TestRemoteLanguageModelIsRefusedAsConfiguration(t *testing.T) {
	dir := newWorkspace(t)
	env := []string{"REPORTPIPE_LLM_MODE=assist", "REPORTPIPE_LLM_BASE_URL=https://llm.example.net/v1", "REPORTPIPE_LLM_MODEL=llama3.1"}
	for _, cmd := range []string{"status", "run"} {
		_, errOut, code := runCLIEnv(t, dir, env, cmd)
		if code != exitUsage || !strings.Contains(errOut, "llm.allow_remote: true") || !strings.Contains(errOut, "llm.example.net") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and the llm.allow_remote refusal", cmd, code, errOut)
		}
	}
}
