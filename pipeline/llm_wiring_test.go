package pipeline_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

// The guard's refusals reach cmd/ as *config.Error, which it maps to the
// usage exit code, naming the key to change.
func TestLanguageModelRefusalIsAConfigError(t *testing.T) {
	for key, l := range map[string]config.LLM{
		"llm.allow_remote": {Mode: "assist", BaseURL: "https://llm.example.net/v1", Model: "llama3.1"},
		"llm.model":        {Mode: "full", BaseURL: "http://127.0.0.1:1/v1"},
	} {
		cfg := config.Default()
		cfg.LLM = l
		p, err := pipeline.New(cfg)
		var ce *config.Error
		if p != nil || !errors.As(err, &ce) || ce.Key != key {
			t.Errorf("%+v: got %v, %v; want a *config.Error on %s", l, p, err, key)
		}
	}
}

// Every llm.* key the client needs reaches it: the run asks the configured
// server for the configured model with the key from the named variable, and
// the summary says what was sent where.
func TestLanguageModelSettingsReachTheClient(t *testing.T) {
	t.Setenv("REPORTPIPE_TEST_LLM_KEY", "sk-fictional")
	f := llmtest.NewServer(t, llmtest.Content(`not the labels`))
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.LLM = config.LLM{Mode: "full", BaseURL: f.BaseURL(), Model: "wired-model",
		APIKeyEnv: "REPORTPIPE_TEST_LLM_KEY", Timeout: 5 * time.Second, Concurrency: 1, Threshold: 0.6}
	res := runPipeline(t, cfg)
	reqs := f.Requests()
	if len(reqs) != 1 || reqs[0].Model != "wired-model" || f.Auth()[0] != "Bearer sk-fictional" {
		t.Fatalf("%d request(s) %+v, auth %v; want one for wired-model with the key", len(reqs), reqs, f.Auth())
	}
	notes := strings.Join(res.Report.Notes, "\n")
	for _, want := range []string{"were not used", "wired-model at " + f.BaseURL()} {
		if !strings.Contains(notes, want) {
			t.Errorf("run notes lack %q:\n%s", want, notes)
		}
	}
}

// llm.max_answer_bytes reaches the client: an answer longer than it is
// refused, the run says so in its notes, and the rules place the blocks.
func TestOversizedModelAnswerIsANoteAndTheRulesPlace(t *testing.T) {
	f := llmtest.NewServer(t, llmtest.Content(strings.Repeat("x", 8<<10)))
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(testutil.RepoRoot(t), "submissions", "Riverside Community Health - LSCB statement.docx"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.LLM.Mode, cfg.LLM.BaseURL, cfg.LLM.Timeout = "full", f.BaseURL(), 5*time.Second
	cfg.LLM.MaxAnswerBytes = 4096
	res := runPipeline(t, cfg)
	notes := strings.Join(res.Report.Notes, "\n")
	if !strings.Contains(notes, "longer than llm.max_answer_bytes (4096 bytes)") {
		t.Errorf("run notes do not name the refused answer:\n%s", notes)
	}
	if len(res.Report.Statements) != 1 || len(res.Report.Statements[0].Placements) == 0 {
		t.Errorf("the statement was not placed by the rules after the refusal")
	}
}
