package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	exampleconfig "github.com/reportpipe/reportpipe/config"
	"github.com/reportpipe/reportpipe/internal/testutil"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "reportpipe.yaml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pathFlags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	AddPathFlags(fs)
	fs.Duration("poll", 3*time.Second, "")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestPrecedence checks each layer wins over the ones below it, key by key:
// default < file < env < flag.
func TestPrecedence(t *testing.T) {
	p := writeConfig(t, `
paths:
  submissions: in
  output: out-file
report:
  board: File Board
watch:
  poll: 7s
`)
	dir := filepath.Dir(p)
	t.Setenv("REPORTPIPE_PATHS_OUTPUT", "out-env")
	t.Setenv("REPORTPIPE_REPORT_TITLE", "Env Title") // key absent from the file
	t.Setenv("REPORTPIPE_WATCH_POLL", "9s")
	t.Setenv("REPORTPIPE_LLM_THRESHOLD", "0.8")
	cfg, err := Load(p, pathFlags(t, "--output", "out-flag"))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ key, got, want string }{
		{"paths.submissions (file, relative to file)", cfg.Paths.Submissions, filepath.Join(dir, "in")},
		{"paths.output (flag over env over file)", cfg.Paths.Output, "out-flag"},
		{"report.board (file over default)", cfg.Report.Board, "File Board"},
		{"report.title (env, absent from file)", cfg.Report.Title, "Env Title"},
		{"report.period (default)", cfg.Report.StatementsTitle, Default().Report.StatementsTitle},
		{"watch.poll (env over file; flag unset)", cfg.Watch.Poll.String(), "9s"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.key, c.got, c.want)
		}
	}
	if cfg.LLM.Threshold != 0.8 {
		t.Errorf("llm.threshold from env = %v, want 0.8", cfg.LLM.Threshold)
	}
	cfg, err = Load(p, pathFlags(t, "--poll", "1s"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Watch.Poll != time.Second || cfg.Paths.Output != "out-env" {
		t.Errorf("flag --poll / env output: got poll %v output %q", cfg.Watch.Poll, cfg.Paths.Output)
	}
}

func TestNoFileGivesDefaults(t *testing.T) {
	t.Chdir(t.TempDir())
	cfg, path, err := LoadFrom("", nil)
	if err != nil || path != "" {
		t.Fatalf("LoadFrom: path %q err %v", path, err)
	}
	if cfg.Paths.Output != "output" || cfg.LLM.Mode != "off" {
		t.Errorf("defaults not kept: %+v", cfg.Paths)
	}
}

func TestSearchPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("config", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("config", "reportpipe.yaml"), []byte("paths:\n  output: drafts\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, path, err := LoadFrom("", nil)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(filepath.Join("config", "reportpipe.yaml"))
	if path != abs || cfg.Paths.Output != filepath.Join(filepath.Dir(abs), "drafts") {
		t.Errorf("found %q, output %q", path, cfg.Paths.Output)
	}
	// from a folder below, reportpipe.yaml in a parent is found
	if err := os.WriteFile("reportpipe.yaml", []byte("paths:\n  output: up\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir("submissions", 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir("submissions")
	if cfg, path, err := LoadFrom("", nil); err != nil || path != filepath.Join(dir, "reportpipe.yaml") || cfg.Paths.Output != filepath.Join(dir, "up") {
		t.Errorf("from a subfolder: found %q (%v), output %q; want the parent's reportpipe.yaml", path, err, cfg.Paths.Output)
	}
}

func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name, file string
		env        map[string]string
		want       []string
	}{
		{"unknown key with suggestion", "paths:\n  submision: x\n", nil,
			[]string{":2: paths.submision: unknown key (did you mean \"submissions\"?)"}},
		{"unknown section", "reprot:\n  board: x\n", nil, []string{"reprot: unknown key (did you mean \"report\"?)"}},
		{"unknown key in a list element", "agencies:\n  - name: A\n  - name: B\n    alias: [b]\n", nil,
			[]string{"agencies[1].alias: unknown key (did you mean \"aliases\"?)"}},
		{"bad mode", "llm:\n  mode: sometimes\n", nil, []string{`llm.mode: "sometimes" is not one of off, assist, full`}},
		{"bad mode from env", "", map[string]string{"REPORTPIPE_LLM_MODE": "always"}, []string{`llm.mode: "always" is not one of off, assist, full`}},
		{"empty agency name", "agencies:\n  - name: A\n  - name: B\n  - name: ''\n", nil, []string{"agencies[2].name: is empty"}},
		{"duplicate alias", "agencies:\n  - name: A\n    aliases: [AB]\n  - name: B\n    aliases: [ab]\n", nil,
			[]string{`agencies[1].aliases[0]: "ab" is already used by agencies[0].aliases[0]`}},
		{"two agencies with one number", "agencies:\n  - name: A\n    number: 2\n  - name: B\n  - name: C\n    number: 3\n", nil,
			[]string{"agencies[2].number: C would be numbered 3, which B already has"}},
		{"negative number", "agencies:\n  - name: A\n    number: -1\n", nil, []string{"agencies[0].number: -1 is negative"}},
		{"bad duration", "watch:\n  poll: 3 seconds\n", nil, []string{"watch.poll", `"3 seconds" is not a duration`}},
		{"zero poll", "watch:\n  poll: 0s\n", nil, []string{"watch.poll: 0s must be more than zero"}},
		{"threshold", "mapping:\n  low_confidence: 1.5\n", nil, []string{"mapping.low_confidence: 1.5 is outside 0..1"}},
		{"training target", "analysis:\n  training_target: 120\n", nil, []string{"analysis.training_target: 120 is outside 0..100"}},
		{"deadline", "report:\n  deadline: 30/11/2016\n", nil, []string{`report.deadline: "30/11/2016" is not a date written YYYY-MM-DD`}},
		{"contact", "agencies:\n  - name: A\n    contact: not an address\n", nil, []string{"agencies[0].contact"}},
		{"remote llm", "llm:\n  mode: assist\n  base_url: https://llm.example.com/v1\n", nil, []string{"llm.base_url", "llm.allow_remote"}},
		{"remote llm posing as local", "llm:\n  mode: assist\n  base_url: http://127.0.0.1.nip.io/v1\n", nil, []string{"llm.base_url", "llm.allow_remote"}},
		{"not yaml", "paths: [\n", nil, []string{"not valid YAML"}},
		{"report name too long for a file name", "report:\n  name: " + strings.Repeat("n", 300) + "\n", nil,
			[]string{"report.name: is 300 characters (300 bytes) long, too long for a file name", "200 bytes or fewer"}},
		{"bad bool in the file", "llm:\n  allow_remote: maybe\n", nil, []string{"reportpipe.yaml: 'llm.allow_remote' is not true or false"}},
		{"checklist item without wordings", "analysis:\n  checklist:\n    - key: voice\n      title: Voice of children\n", nil,
			[]string{"analysis.checklist[0].wordings: is empty"}},
		{"checklist key twice", "analysis:\n  checklist:\n    - key: a\n      title: A\n      wordings: [x]\n    - key: a\n      title: B\n      wordings: [y]\n", nil,
			[]string{`analysis.checklist[1].key: "a" is used twice`}},
		{"unknown checklist key", "analysis:\n  checklist:\n    - key: a\n      titel: A\n", nil, []string{"analysis.checklist[0].titel: unknown key"}},
		{"two problems at once", "llm:\n  threshold: 2\nanalysis:\n  thin_words: -1\n", nil,
			[]string{"llm.threshold: 2 is outside 0..1", "analysis.thin_words: -1 is negative"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			_, err := Load(writeConfig(t, c.file), nil)
			if err == nil {
				t.Fatal("no error")
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Errorf("error %T is not a *config.Error: %v", err, err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), nil)
	var ce *Error
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "cannot read") {
		t.Fatalf("got %v", err)
	}
}

// TestExampleConfig loads the shipped example: it must be valid, set every
// key (so it documents them all) and describe the bundled example agencies.
func TestExampleConfig(t *testing.T) {
	p := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	cfg, err := Load(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Report.Board != "Riverside Local Safeguarding Children Board" {
		t.Errorf("board %q", cfg.Report.Board)
	}
	want := filepath.Join(testutil.RepoRoot(t), "submissions")
	if cfg.Paths.Submissions != want {
		t.Errorf("submissions %q, want %q", cfg.Paths.Submissions, want)
	}
	if len(cfg.Agencies) < 4 {
		t.Errorf("%d agencies", len(cfg.Agencies))
	}
	text := string(exampleconfig.YAML)
	for _, k := range LeafKeys() {
		leaf := k[strings.LastIndex(k, ".")+1:]
		if !strings.Contains(text, "\n  "+leaf+":") {
			t.Errorf("example config does not show key %s", k)
		}
	}
}

func TestEnvNames(t *testing.T) {
	if got := EnvName("paths.output"); got != "REPORTPIPE_PATHS_OUTPUT" {
		t.Errorf("EnvName = %q", got)
	}
	keys := LeafKeys()
	if len(keys) < 20 || keys[0] != "paths.submissions" {
		t.Errorf("LeafKeys = %v", keys)
	}
	for _, k := range keys {
		if strings.HasPrefix(k, "agencies") {
			t.Errorf("agencies is a list, not a leaf: %s", k)
		}
	}
}

// TestDocsTableCoversEveryKey keeps docs/config.md in step with Config: each
// key with its env variable, and each default shown.
func TestDocsTableCoversEveryKey(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "docs", "config.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, k := range LeafKeys() {
		if !strings.Contains(doc, "| `"+k+"` |") || !strings.Contains(doc, "`"+EnvName(k)+"`") {
			t.Errorf("docs/config.md lacks the row for %s (%s)", k, EnvName(k))
		}
	}
	for _, k := range []string{"name", "aliases", "contact", "optional"} {
		if !strings.Contains(doc, "| `agencies[]."+k+"` |") {
			t.Errorf("docs/config.md lacks agencies[].%s", k)
		}
	}
}

// A bad value from the environment names the variable, not the file
// (which may not hold the key at all).
func TestBadEnvValueNamesTheVariable(t *testing.T) {
	t.Setenv("REPORTPIPE_LLM_ALLOW_REMOTE", "yes")
	path := writeConfig(t, "report:\n  board: Fictional Board\n")
	_, err := Load(path, nil)
	if err == nil {
		t.Fatal("allow_remote=yes accepted")
	}
	want := `the environment variable REPORTPIPE_LLM_ALLOW_REMOTE="yes": 'llm.allow_remote' is not true or false`
	if !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), path) {
		t.Errorf("error %q, want %q and no blame on %s", err, want, path)
	}
	if ce, ok := errors.AsType[*Error](err); !ok || ce.File != "" {
		t.Errorf("error %#v should be a *config.Error with no file", err)
	}
}

func TestCheckPlaceholders(t *testing.T) {
	c := Default()
	if err := c.CheckPlaceholders("x.yaml"); err != nil {
		t.Fatalf("defaults are not placeholders: %v", err)
	}
	c.Report.Board, c.Report.Title = "[the name of your board]", " [title] "
	err := c.CheckPlaceholders("lscb/reportpipe.yaml")
	want := "report.board: is still the placeholder [the name of your board]: set it in lscb/reportpipe.yaml\nreport.title: is still the placeholder [title]: set it in lscb/reportpipe.yaml"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// analysis.previous is a path like those under paths: relative to the
// configuration file's folder; the checklist is read as written.
func TestAnalysisPreviousAndChecklist(t *testing.T) {
	path := writeConfig(t, "analysis:\n  previous: last-year/draft.json\n  checklist:\n    - key: voice\n      title: Voice\n      wordings: [you said we did, young people told us]\n")
	c, err := Load(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(filepath.Dir(path), "last-year", "draft.json"); c.Analysis.Previous != want {
		t.Errorf("previous %q, want %q", c.Analysis.Previous, want)
	}
	if len(c.Analysis.Checklist) != 1 || c.Analysis.Checklist[0].Key != "voice" || len(c.Analysis.Checklist[0].Wordings) != 2 {
		t.Errorf("checklist %+v", c.Analysis.Checklist)
	}
}
