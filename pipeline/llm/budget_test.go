package llm

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
)

// A server that never answers uses up the run's budget: that request
// fails naming llm.budget, and later ones are not sent at all.
func TestRunBudgetStopsAskingAServerThatHangs(t *testing.T) {
	hang := func(_ int, _ openai.ChatCompletionRequest, _ http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second): // the test's own bound, never reached when it passes
		}
	}
	f := llmtest.NewServer(t, hang)
	s := testSettings(ModeFull, f.BaseURL())
	s.Budget = 50 * time.Millisecond
	c, err := NewClient(s, fastRetry)
	if err != nil {
		t.Fatal(err)
	}
	c.BeginRun()
	_, err = chat(c)
	if !errors.Is(err, ErrBudget) || !strings.Contains(err.Error(), "llm.budget") {
		t.Fatalf("error %v, want the run's budget used up", err)
	}
	_, err = chat(c)
	if !errors.Is(err, ErrBudget) || !strings.HasPrefix(err.Error(), "not asked") {
		t.Errorf("second request: %v, want it not asked", err)
	}
	if n := len(f.Requests()); n != 1 {
		t.Errorf("the server got %d requests, want 1: none after the budget ran out", n)
	}
	c.BeginRun() // the next run has its budget again
	if _, err := chat(c); errors.Is(err, ErrBudget) && strings.HasPrefix(err.Error(), "not asked") {
		t.Errorf("a new run was not asked: %v", err)
	}
}
